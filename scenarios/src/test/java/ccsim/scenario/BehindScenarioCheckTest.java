package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.model.config.GvpMode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behind scenarios: the samples load as the guide describes them, and impossible combinations are refused. */
class BehindScenarioCheckTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static String text(String file) throws IOException {
        return Files.readString(Path.of(file));
    }

    private List<ScenarioError> errors(String text) {
        return assertThrows(ScenarioException.class, () -> loader.parse(Path.of("x.yaml"), text, List.of())).errors();
    }

    /** The one error {@code text} has, on {@code field}. */
    private ScenarioError onlyError(String text, String field) {
        List<ScenarioError> e = errors(text);
        assertEquals(1, e.size(), e.toString());
        assertEquals(field, e.get(0).field());
        return e.get(0);
    }


    @Test
    void samplesFollowTheBehindWorksheet() {
        Scenario sm = loader.load(Path.of("behind-stream-manager-queuing.yaml"));
        assertEquals(Queuing.STREAM_MANAGER, sm.routing().queuing());
        assertEquals(TransferMethod.REFER, sm.routing().transferMethod());
        assertEquals("2011", sm.ipcs().get(0).channelIdStart());
        assertEquals("2021", sm.ipcs().get(1).channelIdStart());
        Scenario gvp = loader.load(Path.of("behind-gvp-queuing.yaml"));
        assertEquals(Queuing.GVP, gvp.routing().queuing());
        assertEquals("2700", gvp.routing().virtualRoutingPoint());
        assertEquals(GvpMode.IN_FRONT, gvp.ivrServer().gvpMode());
        assertEquals(sm.run().seed(), gvp.run().seed(), "the two samples compare on the same callers");
        assertEquals(sm.callTypes(), gvp.callTypes());
    }

    @Test
    void agentsInStandAloneModeAreRefused() throws IOException {
        String text = text("standalone-sample.yaml").replace("callTypes:\n", """
                agentGroups:
                  - {name: sales, agents: 5, firstDn: "7001", dialedNumbers: ["2801"], talkTime: 3m}
                callTypes:
                """);
        List<ScenarioError> e = errors(text);
        assertEquals(1, e.size(), e.toString());
        assertEquals("agentGroups", e.get(0).field());
        assertEquals(ScenarioText.lineOf(text, "agentGroups:"), e.get(0).line());
        assertTrue(e.get(0).message().startsWith("stand-alone mode has no routing to agents"), e.get(0).message());
    }

    @Test
    void overlappingPortNumberingIsRefused() throws IOException {
        String text = text("behind-stream-manager-queuing.yaml").replace("channelIdStart: \"2021\"",
                "channelIdStart: \"2015\"");
        List<ScenarioError> e = errors(text);
        assertEquals(1, e.size(), e.toString());
        assertEquals("ipcs[1].channelIdStart", e.get(0).field());
        assertTrue(e.get(0).message().contains("DN 2015 is already taken by ipcs[0]"), e.get(0).message());
    }

    @Test
    void behindNeedsRoutingPointsAndQueuingResources() throws IOException {
        String notRp = text("behind-stream-manager-queuing.yaml").replace("dialedNumber: \"5000\"",
                "dialedNumber: \"5001\"");
        List<ScenarioError> e = errors(notRp);
        assertTrue(e.stream().anyMatch(x -> x.field().equals("callTypes[0].dialedNumber")
                && x.message().startsWith("5001 is not a routing-point DN")), e.toString());

        String noSm = text("behind-stream-manager-queuing.yaml").replaceAll("streamManager:\n(  .*\n)+", "");
        assertTrue(errors(noSm).stream().anyMatch(x -> x.field().equals("streamManager")), "Stream Manager required");

        String noVrp = text("behind-gvp-queuing.yaml").replace("  virtualRoutingPoint: \"2700\"\n", "");
        assertTrue(errors(noVrp).stream().anyMatch(x -> x.field().equals("routing.virtualRoutingPoint")),
                "VRP required for queuing on GVP");
    }

    /** A second group with the skill, named first in the overflow order of the call type that asks for it. */
    private static String withSkills(String overflow) throws IOException {
        return text("behind-stream-manager-queuing.yaml")
                .replace("    answerDelay: {dist: uniform, min: 1s, max: 4s}\n", """
                            answerDelay: {dist: uniform, min: 1s, max: 4s}
                          - name: experts
                            agents: 3
                            firstDn: "7101"
                            skills: [tech]
                            talkTime: {dist: exponential, mean: 300s}
                        """)
                .replace("    patience: {dist: exponential, mean: 150s}\n", """
                            patience: {dist: exponential, mean: 150s}
                            skill: tech
                            overflow: [%s]
                        """.formatted(overflow));
    }

    @Test
    void skillsAndOverflowOrderDecideWhichGroupsTakeACallType() throws IOException {
        Scenario s = loader.parse(Path.of("x.yaml"), withSkills("experts, support"), List.of());
        assertEquals(List.of("experts", "support"),
                s.groupsFor(s.callTypes().get(0)).stream().map(g -> g.name()).toList());
        Scenario fileOrder = loader.parse(Path.of("x.yaml"), withSkills(""), List.of());
        assertEquals(List.of("support", "experts"),
                fileOrder.groupsFor(fileOrder.callTypes().get(0)).stream().map(g -> g.name()).toList());
    }

    @Test
    void overflowNamingAnUnknownOrUnsuitedGroupIsRefusedAtItsLine() throws IOException {
        String text = withSkills("experts, suport");
        List<ScenarioError> e = errors(text);
        assertEquals(1, e.size(), e.toString());
        assertEquals("callTypes[0].overflow[1]", e.get(0).field());
        assertTrue(e.get(0).message().contains("'suport' is not an agent group"), e.get(0).message());
        assertEquals(ScenarioText.lineOf(text, "overflow: [experts, suport]"), e.get(0).line());

        String unsuited = withSkills("experts").replace("skills: [tech]", "skills: [sales]");
        List<ScenarioError> u = errors(unsuited);
        assertEquals("callTypes[0].overflow[0]", u.get(0).field(), u.toString());
        assertTrue(u.get(0).message().contains("group 'experts' neither lists 5000"), u.get(0).message());
    }

    /** A malformed address is a scenario error at its line, not a crash in the checks that read hosts. */
    @Test
    void anAddressThatIsNoHostAndPortIsReportedAtItsLine() throws IOException {
        String text = text("behind-gvp-queuing.yaml").replace("address: 172.21.11.10:5060", "address: sipserver");
        ScenarioError e = onlyError(text, "sipServer.address");
        assertEquals(ScenarioText.lineOf(text, "address: sipserver"), e.line());
        assertEquals("expected host:port, got 'sipserver'", e.message());
    }

    /**
     * Queuing on GVP needs no Stream Manager, but one that is described is built (conferences and faults
     * use it): its address and ports are checked all the same.
     */
    @Test
    void aStreamManagerIsCheckedWhateverTheQueuing() throws IOException {
        String text = text("behind-gvp-queuing.yaml").replace("ivrServer:\n", "streamManager:\n  ports: 4\nivrServer:\n");
        assertEquals("required: host:port", onlyError(text, "streamManager.address").message());
    }
}
