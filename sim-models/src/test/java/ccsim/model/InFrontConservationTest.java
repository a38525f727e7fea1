package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.trace.Trace;
import ccsim.model.config.Scenario;
import ccsim.model.agents.AgentPhone;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.OnwardTransferConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In-Front centers under pressure: few GVP ports, too few agents, impatient callers, random latency.
 * Every call ends in exactly one outcome and nothing is left busy, for each way to reach an agent: no
 * GVP port, Voice Treatment Port, Access Resource, RM reservation, Stream Manager port or agent.
 */
class InFrontConservationTest {

    @ParameterizedTest(name = "{0}, replication {1}")
    @CsvSource({
            "IVR_SERVER_ROUTE, 0",
            "IVR_SERVER_ROUTE, 1",
            "REFER_TO_SIP_SERVER, 0",
            "REFER_TO_SIP_SERVER, 1",
            "BRIDGED, 0",
    })
    void everyCallEndsOnceAndNothingStaysBusy(InFrontFixture.Delivery delivery, int replication) {
        Scenario s = InFrontFixture.scenario(delivery, InFrontFixture.seedOptions(), 6, 4, 240, 0.7,
                new Distribution.Lognormal(45, 30), new Distribution.Lognormal(150, 100),
                new Distribution.Exponential(60), new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3),
                Duration.ofMinutes(20), 1);
        ContactCenter cc = ContactCenter.build(s, replication, new Progress(), Trace.OFF);
        cc.run(replication);

        Conservation.assertNothingLost(cc, 600);
        Conservation.assertPressureShows(cc.gateway().ledger());
        assertEquals(0, cc.ivrServerInFront().unmatched(), "every call GVP reported was matched");
        assertEquals(0, cc.sipServer().isccMatchFailures(), "every call on the External Routing Point was matched");
        assertTrue(cc.ivrServerInFront().busyPorts().isEmpty(), "Voice Treatment Ports left busy: "
                + cc.ivrServerInFront().busyPorts());
        assertEquals(0, cc.ivrServerInFront().accessResourcesLent(), "Access Resources still lent");
    }

    /**
     * guide ch.3 "Enabling call matching for multiple transfers in GVP": agents send some callers back to
     * GVP (a transfer to Routing Point 4617); those return to SIP Server through the External Routing Point
     * a second time. With match-call-once false every return is matched; with true none of the second
     * ones is (counted), and every call still ends once.
     */
    @Test
    void callsTransferredToAndFromGvpTwiceNeedMatchCallOnceFalse() {
        long[] failures = new long[2];
        long[] backToGvp = new long[2];
        String[] values = {"false", "true"};
        for (int k = 0; k < 2; k++) {
            Map<String, String> options = new HashMap<>(InFrontFixture.seedOptions());
            options.put("match-call-once", values[k]);
            Scenario base = InFrontFixture.scenario(InFrontFixture.Delivery.IVR_SERVER_ROUTE, options, 8, 4, 120, 0.7,
                    new Distribution.Lognormal(45, 30), new Distribution.Lognormal(150, 100), null,
                    new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3), Duration.ZERO, 1);
            AgentGroupConfig g = base.agentGroups().get(0);
            Scenario s = base.withAgentGroups(List.of(new AgentGroupConfig(g.name(), g.agents(), g.firstDn(),
                    g.dialedNumbers(), g.talkTime(), g.afterCallWork(), g.answerDelay(), g.shifts(), g.skills(), null,
                    new OnwardTransferConfig(0.3, new Distribution.Constant(5), "4617"))));
            ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
            cc.run(0);
            Conservation.assertNothingLost(cc, 300);
            assertEquals(0, cc.ivrServerInFront().accessResourcesLent());
            failures[k] = cc.sipServer().isccMatchFailures();
            backToGvp[k] = cc.agents().stream().mapToLong(AgentPhone::transfers).sum();
        }
        assertTrue(backToGvp[0] > 20, "too few calls sent back to GVP: " + backToGvp[0]);
        assertEquals(0, failures[0]);
        assertTrue(failures[1] > 10 && failures[1] <= backToGvp[1], failures[1] + " of " + backToGvp[1]);
    }
}
