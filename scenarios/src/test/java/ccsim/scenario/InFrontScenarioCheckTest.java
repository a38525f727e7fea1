package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.model.config.DnType;
import ccsim.model.config.Mode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.VirtualSwitchConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-Front scenarios: the sample carries Table 11's values, and a deployment that cannot run is refused. */
class InFrontScenarioCheckTest {
    private static final Path SAMPLE = Path.of("infront-sample.yaml");
    private final ScenarioLoader loader = new ScenarioLoader();

    private ScenarioError onlyError(String text) {
        List<ScenarioError> e = assertThrows(ScenarioException.class,
                () -> loader.parse(Path.of("x.yaml"), text, List.of())).errors();
        assertEquals(1, e.size(), e.toString());
        return e.get(0);
    }

    private static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    @Test
    void sampleFollowsTheInFrontWorksheet() {
        Scenario s = loader.load(SAMPLE);
        assertEquals(Mode.IN_FRONT, s.mode());
        VirtualSwitchConfig vs = s.ivrServer().virtualSwitch();
        assertEquals("GVP_EE_IP_VIRTUAL", vs.name());
        assertEquals(List.of("4618"), vs.accessResources());
        assertEquals("4612", vs.externalRoutingPoint());
        assertEquals(List.of("1051"), vs.routingPoints());
        assertEquals(4, vs.dnisTail());
        assertEquals(3, s.ipcs().get(0).ports());
        assertEquals("01", s.ipcs().get(0).channelIdStart());
        assertEquals(DnType.TRUNK_GROUP, s.sipServer().dns().stream().filter(d -> d.name().equals("4618"))
                .findFirst().orElseThrow().type());
        assertEquals(Queuing.GVP, s.routing().queuing());
        assertEquals("1051", s.routing().agentRoutingPoint());
    }

    @Test
    void inFrontWithoutAVirtualSwitchIsRefused() throws IOException {
        String text = sample();
        String withoutSwitch = text.substring(0, text.indexOf("  virtualSwitch:"))
                + text.substring(text.indexOf("resourceManager:"));
        ScenarioError e = onlyError(withoutSwitch);
        assertEquals("ivrServer.virtualSwitch", e.field());
        assertTrue(e.message().startsWith("required in in-front mode"), e.message());
    }

    @Test
    void accessResourceWithoutItsTrunkGroupDnIsRefused() throws IOException {
        String text = sample().replace("accessResources: [\"4618\"]", "accessResources: [\"4619\"]");
        ScenarioError e = onlyError(text);
        assertEquals("ivrServer.virtualSwitch.accessResources[0]", e.field());
        assertEquals(ScenarioText.lineOf(text, "accessResources: [\"4619\"]"), e.line());
        assertTrue(e.message().contains("trunk-group DN named 4619"), e.message());
    }

    @Test
    void accessCodeIsPartOfTheTrunkGroupNumber() throws IOException {
        String text = sample().replace("accessCode: \"\"", "accessCode: \"9\"");
        ScenarioError e = onlyError(text);
        assertTrue(e.message().contains("trunk-group DN named 94618 (access code '9' + Access Resource 4618)"),
                e.message());
    }

    @Test
    void queuingOnGvpNeedsARoutingPointOfTheVirtualSwitch() throws IOException {
        String text = sample().replace("agentRoutingPoint: \"1051\"", "agentRoutingPoint: \"4617\"");
        ScenarioError e = onlyError(text);
        assertEquals("routing.agentRoutingPoint", e.field());
        assertTrue(e.message().contains("Routing Point of the virtual switch"), e.message());
    }

    @Test
    void routingToAgentsFromTheVirtualSwitchNeedsTheExternalRoutingPoint() throws IOException {
        String text = sample().replace("    externalRoutingPoint: \"4612\"\n", "");
        ScenarioError e = onlyError(text);
        assertEquals("ivrServer.virtualSwitch.externalRoutingPoint", e.field());
        assertTrue(e.message().contains("4612"), e.message());
    }

    /**
     * Options In-Front has no use for used to run silently as something else: useResourceManager (the
     * Trunk Group DN's contact decides), gvpMode behind, transferMethod ivr-server (ran as a REFER).
     */
    @Test
    void optionsThatDoNotApplyInFrontAreRefusedAtTheirLine() throws IOException {
        String routing = "routing:\n";
        for (String[] c : new String[][] {{"  useResourceManager: false\n", "routing.useResourceManager", "does not apply"},
                {"  transferMethod: ivr-server\n", "routing.transferMethod", "ivr-server does not apply"}}) {
            String text = sample().replace(routing, routing + c[0]);
            ScenarioError e = onlyError(text);
            assertEquals(c[1], e.field());
            assertEquals(ScenarioText.lineOf(text, c[0].strip()), e.line());
            assertTrue(e.message().startsWith(c[2]), e.message());
        }
        String behind = sample().replace("ivrServer:\n", "ivrServer:\n  gvpMode: behind\n");
        ScenarioError e = onlyError(behind);
        assertEquals("ivrServer.gvpMode", e.field());
        assertTrue(e.message().contains("runs In-Front"), e.message());
    }

    /**
     * ch.3's Tip: with override-to-on-divert true GVP takes the Trunk Group DN as the DNIS and needs an
     * application for it; ipcs[].applications gives it one, and the calls run.
     */
    @Test
    void theTipOfChapter3CanBeExpressedAndRuns() throws IOException {
        List<FieldOverride> tip = List.of(FieldOverride.parse("sipServer.options.override-to-on-divert=true"),
                FieldOverride.parse("ipcs[*].applications=[\"4618\"]"), FieldOverride.parse("run.horizon=3h"),
                FieldOverride.parse("run.replications=2"));
        Scenario s = loader.load(SAMPLE, tip);
        assertTrue(ccsim.lint.Lint.of(s).stream().noneMatch(f -> f.option().equals("override-to-on-divert")));
        ScenarioRun run = ScenarioRun.execute(s, 2, 0, null);
        double failed = run.summary().stream().filter(x -> x.measure().equals("calls failed")).findFirst()
                .orElseThrow().mean();
        double served = run.summary().stream().filter(x -> x.measure().startsWith("calls served by")).mapToDouble(
                x -> x.mean()).sum();
        assertEquals(0, failed);
        assertTrue(served > 0.9 * run.summary().stream().filter(x -> x.measure().equals("offered calls"))
                .findFirst().orElseThrow().mean(), "the calls run: " + served);
    }
}
