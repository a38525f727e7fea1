package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.network.ProcessingCapacity;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.OverloadPolicyConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * SIP Server with one worker taking 4 ms per message (250 messages a second). Below capacity a call's
 * post-dial delay is the unlimited server's plus the service of the five messages SIP Server handles
 * on its way to the 200 OK (INVITE, 302, 100, 180, 200: 20 ms), give or take the little queueing; no
 * request is sent twice. Above capacity, without a policy, messages wait past T1, are retransmitted and
 * load the server further: goodput collapses. With the 503 policy (at 30 waiting messages, 0.12 s of
 * work) it stays at capacity.
 */
class OverloadTest {
    private static final double SERVICE = 0.004;

    private static Scenario scenario(double callsPerHour, boolean capacity, OverloadPolicyConfig policy) {
        Scenario s = StandAloneFixture.scenario(new int[] {1000, 1000}, callsPerHour, new Distribution.Exponential(30),
                new Distribution.Lognormal(0.002, 0.001), Duration.ofMinutes(20), Duration.ofMinutes(2), 1);
        return s.withSipServer(new SipServerConfig(null, s.sipServer().options(), s.sipServer().dns(),
                capacity ? new ProcessingCapacity(1, new Distribution.Constant(SERVICE)) : null, null, policy));
    }

    private static ReplicationResult run(Scenario s) {
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
        ReplicationResult r = cc.run(0);
        Conservation.assertNothingLost(cc, 100);
        return r;
    }

    @Test
    void belowCapacityPostDialDelayIsTheUnlimitedOnePlusService() {
        double rate = 0.2 * 250 / 10 * 3600; // about 20% of capacity
        ReplicationResult limited = run(scenario(rate, true, null));
        ReplicationResult unlimited = run(scenario(rate, false, null));
        double extra = limited.value("post-dial delay") - unlimited.value("post-dial delay");
        assertTrue(extra >= 5 * SERVICE - 1e-9 && extra < 5 * SERVICE + 0.005, "extra post-dial delay " + extra);
        assertEquals(0, limited.value("SIP retransmissions"));
        assertEquals(0, limited.value("calls blocked"));
        assertEquals(0, limited.value("calls failed"));
    }

    @Test
    void aboveCapacityThe503PolicyKeepsGoodputWhereWithoutItCollapses() {
        double rate = 2.0 * 250 / 10 * 3600; // twice capacity
        ReplicationResult none = run(scenario(rate, true, null));
        ReplicationResult shed = run(scenario(rate, true, new OverloadPolicyConfig(30, Duration.ofSeconds(5))));
        double window = 18 * 60;
        double goodput = shed.value("calls served by IVR") / window;
        // capacity is 250 messages a second at ten or more messages a call (the messages of calls already
        // admitted still queue, and some wait past T1 and come twice): at most 25 calls a second
        assertTrue(goodput > 0.7 * 25 && goodput < 25, "goodput with the 503 policy " + goodput + " calls/s");
        // no collapse: the server stays busy with admitted calls, each refused call costing it only the
        // caller's ACK of the 503. With C = 250 messages/s, a served call m messages and a refused one 1,
        // goodput g at load λ solves g·m + (λ − g) = C, so g(2×) / g(1.5×) = (C − 50) / (C − 37.5)
        ReplicationResult lighter = run(scenario(1.5 * 250 / 10 * 3600, true,
                new OverloadPolicyConfig(30, Duration.ofSeconds(5))));
        double ratio = goodput / (lighter.value("calls served by IVR") / window);
        assertEquals((250 - 50.0) / (250 - 37.5), ratio, 0.02, "goodput at 2x over goodput at 1.5x");
        assertTrue(shed.value("SIP Server INVITEs refused by its overload policy (503)") > 0);
        assertTrue(none.value("calls served by IVR") / window < 0.6 * goodput,
                "goodput without a policy " + none.value("calls served by IVR") / window + " calls/s");
        assertTrue(none.value("SIP retransmissions") > 10 * shed.value("SIP retransmissions"));
    }
}
