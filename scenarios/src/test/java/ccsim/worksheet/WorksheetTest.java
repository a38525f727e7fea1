package ccsim.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.model.config.Scenario;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worksheets of the three sample scenarios carry the sample values of the guide's Appendix A. The
 * expected values below are copied from the guide's Tables 11-13, not from ccsim's output.
 */
class WorksheetTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static Map<String, String> values(Worksheet w) {
        Map<String, String> byField = new LinkedHashMap<>();
        w.rows().forEach(r -> byField.put(r.field(), r.value()));
        return byField;
    }

    /** guide Table 11; its Routing Point DN reads 1501, where ch.3's procedure and Figures 36 and 38 use 1051. */
    @Test
    void inFrontSampleGivesTable11() {
        Worksheet w = Worksheet.of(loader.load(Path.of("infront-sample.yaml")));
        assertEquals("Table 11", w.seedTable());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Number of available ports on GVP", "3");
        expected.put("Number of Voice Treatment Port (VTP) DNs", "3");
        expected.put("VTP DNs", "01 to 03");
        expected.put("Access Resource DN", "4618");
        expected.put("External Routing Point DN", "4612");
        expected.put("Place objects", "01 to 03");
        expected.put("Place Group object", "GVP_EE_IP_VIRTUAL");
        expected.put("Routing Point DN", "1051");
        expected.put("IVR ports", "01 to 03");
        expected.put("Routing Point", "4617");
        expected.put("Trunk Group DN", "4618");
        expected.put("Trunk DN (optional for the Alcatel 5020 Softswitch)", "GW");
        assertEquals(expected, values(w));
    }

    /**
     * guide Table 12, for the sample deployment of two IPCS with 4 ports each (the Behind sample files
     * give each IPCS 10 ports for their load). Where the table shows one IPCS's DNs, the worksheet lists
     * each IPCS's, the first IPCS's being the table's.
     */
    @Test
    void behindSampleWithTheSeedsPortsGivesTable12() {
        Scenario s = loader.load(Path.of("behind-gvp-queuing.yaml"), List.of(FieldOverride.parse("ipcs[*].ports=4")));
        Worksheet w = Worksheet.of(s);
        assertEquals("Table 12", w.seedTable());
        Map<String, String> v = values(w);
        assertEquals("2700", v.get("Virtual Routing Point DN"));
        assertEquals("2011 to 2014", first(v.get("Voice Treatment Port DNs")));
        assertEquals("2011 to 2014", first(v.get("Places")));
        assertEquals("172211115", first(v.get("Place Group")));
        assertEquals("GVP", v.get("IVR object for GVP"));
        assertEquals("2011 to 2014, 2021 to 2024", v.get("IVR ports"));
        assertEquals(6, v.size());
    }

    private static String first(String list) {
        return list.split(", ")[0];
    }

    /** guide Table 13. */
    @Test
    void standAloneSampleGivesTable13() {
        Worksheet w = Worksheet.of(loader.load(Path.of("standalone-sample.yaml")));
        assertEquals("Table 13", w.seedTable());
        assertEquals(Map.of("Trunk DN", "Resource Manager", "Trunk Group DN", "172211115"), values(w));
    }

    @Test
    void markdownHasOneTablePerSection() {
        String md = Worksheet.of(loader.load(Path.of("infront-sample.yaml"))).markdown("infront-sample");
        assertEquals(4, md.split("\n## ", -1).length - 1);
        assertEquals(12, md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Field")).count());
    }
}
