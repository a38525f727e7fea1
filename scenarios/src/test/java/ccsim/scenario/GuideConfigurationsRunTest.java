package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import ccsim.lint.Lint;
import ccsim.model.config.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's own configurations run as written. straight-forward is read on the IPCS's Trunk DN, where
 * Table 10 and its Tip put it (the contact may then be a dummy), and In-Front's Trunk Group DN of ch.3,
 * with a contact only, follows the Resource Manager's 302: both used to fail every call (404).
 */
class GuideConfigurationsRunTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static double mean(ScenarioRun run, String measure) {
        return run.summary().stream().filter(e -> e.measure().equals(measure)).mapToDouble(Estimate::mean)
                .findFirst().orElseThrow();
    }

    private static void assertCallsServed(Scenario s) {
        ScenarioRun run = ScenarioRun.execute(s, 2, 0, null);
        assertEquals(0, mean(run, "calls failed"), "no call fails");
        assertTrue(mean(run, "calls served by IVR") > 0.8 * mean(run, "offered calls"), "the calls are served");
    }

    @Test
    void standAloneWithStraightForwardOnTheIpcsTrunkAndADummyContact() throws IOException {
        String text = Files.readString(Path.of("standalone-sample.yaml"))
                .replace("        prefix: \"28\"\n        straight-forward: true\n", "        prefix: \"28\"\n")
                .replace("        contact: sip:172.21.11.15:5060\n", "        contact: sip:dummy:5060\n");
        Scenario s = loader.parse(Path.of("guide-stand-alone.yaml"), text, List.of(FieldOverride.parse("run.horizon=2h"),
                FieldOverride.parse("run.replications=2")));
        assertEquals(List.of(), Lint.of(s).stream().filter(f -> f.option().equals("straight-forward")).toList(),
                "lint agrees: the Tip after Table 10 allows it");
        assertCallsServed(s);
    }

    @Test
    void inFrontTrunkGroupDnWithAContactOnly() throws IOException {
        String text = Files.readString(Path.of("infront-sample.yaml"))
                .replace("{contact: \"sip:techpubs4:5090\", straight-forward: true, subscription-id: GVP}",
                        "{contact: \"sip:techpubs4:5090\"}");
        Scenario s = loader.parse(Path.of("guide-in-front.yaml"), text, List.of(FieldOverride.parse("run.horizon=2h"),
                FieldOverride.parse("run.replications=2")));
        ScenarioRun run = ScenarioRun.execute(s, 2, 0, null);
        assertEquals(0, mean(run, "calls failed: 404 Not Found"), "no call is refused for want of a DN");
        assertTrue(mean(run, "calls served by agent") + mean(run, "calls served by IVR") > 0.5 * mean(run, "offered calls"));
    }
}
