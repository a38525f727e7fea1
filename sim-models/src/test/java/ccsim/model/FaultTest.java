package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.message.SipResponse;
import ccsim.core.network.Delivery;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * guide ch.1 "High Availability": the Resource Manager's host fails at 20 min and its service is back
 * (repaired, or its backup holding the cluster's virtual IP) 60 s later, knowing nothing. Latency is a
 * constant 1 ms per hop and SIP Server processes at once, so a call's INVITE reaches the RM 2 ms after
 * the gateway sent it, and its copies (Timer A) 0.5, 1.5, ..., 31.5 s after that; SIP Server gives up
 * at 32 s (Timer B). Hence a call fails exactly when its INVITE reaches the RM in the first 28.5 s of
 * the outage; later ones get through on a copy, and none fails after recovery.
 */
class FaultTest {
    private static final double DOWN_AT = 20 * 60;
    private static final double DOWN_FOR = 60;
    private static final double L = 0.001;

    @Test
    void callsLostAreExactlyThoseWhoseInviteCouldNotReachTheRmBeforeTimerB() {
        Scenario base = StandAloneFixture.scenario(new int[] {200}, 1200, new Distribution.Exponential(60),
                new Distribution.Constant(L), Duration.ofMinutes(40), Duration.ZERO, 1);
        Scenario s = new Scenario(base.name(), base.description(), base.mode(), base.run(), base.network(),
                base.gateway(), base.sipServer(), base.resourceManager(), base.ipcs(), base.routing(), base.ivrServer(),
                base.streamManager(), base.agentGroups(), base.callTypes(), base.targets(), null,
                List.of(new FaultConfig(FaultConfig.RESOURCE_MANAGER, Duration.ofSeconds((long) DOWN_AT),
                        new Distribution.Constant(DOWN_FOR))));
        CallTrace trace = new CallTrace(5000);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        ReplicationResult r = cc.run(0);
        Conservation.assertNothingLost(cc, 500);

        List<Long> expectedLost = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        long delayed = 0;
        for (long call : trace.calls()) {
            List<Delivery> messages = trace.of(call);
            double reachesRm = messages.get(0).sentAt() + 2 * L;
            if (reachesRm >= DOWN_AT && reachesRm < DOWN_AT + 28.5) {
                expectedLost.add(call);
            } else if (reachesRm >= DOWN_AT + 28.5 && reachesRm < DOWN_AT + DOWN_FOR) {
                delayed++;
            }
            if (messages.stream().anyMatch(d -> d.message() instanceof SipResponse q && q.status() == 408)) {
                lost.add(call);
            }
        }
        assertTrue(expectedLost.size() > 3, "the outage should catch some calls: " + expectedLost);
        assertTrue(delayed > 3, "some calls should get through on a copy: " + delayed);
        assertEquals(expectedLost, lost);
        assertEquals(lost.size(), r.value("calls failed"));
        assertTrue(r.value("messages lost to nodes down") > 0);
    }
}
