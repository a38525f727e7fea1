package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.trace.Trace;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import ccsim.model.gvp.Ipcs;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same callers (same seed) queued on GVP and on Stream Manager: a caller waiting on GVP holds
 * its IPCS port while it waits, one waiting on SIP Server holds a Stream Manager port instead. With
 * no network latency, ample ports and instant answers the accounts balance exactly:
 * IPCS port-seconds(GVP) − IPCS port-seconds(SM) = seconds callers waited (GVP), and
 * Stream Manager port-seconds = seconds callers waited (SM).
 */
class QueuingChoiceIdentityTest {

    private static ContactCenter run(Queuing queuing, int replication) {
        Scenario s = BehindFixture.scenario(queuing, TransferMethod.REFER, GvpMode.IN_FRONT, 200, 10, 200, 0.8,
                new Distribution.Lognormal(60, 40), new Distribution.Exponential(180),
                new Distribution.Exponential(120), new Distribution.Constant(0), Duration.ofHours(6),
                Duration.ZERO, 1);
        ContactCenter cc = ContactCenter.build(s, replication, new Progress(), Trace.OFF);
        cc.run(replication);
        return cc;
    }

    private static double ipcsPortSeconds(ContactCenter cc) {
        return cc.ipcs().stream().map(Ipcs::ports).mapToDouble(p -> p.lifetimeBusySeconds()).sum();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void gvpQueuingHoldsIpcsPortsLongerByExactlyTheWaitingTime(int replication) {
        ContactCenter gvp = run(Queuing.GVP, replication);
        ContactCenter sm = run(Queuing.STREAM_MANAGER, replication);
        double waitedOnGvp = gvp.gateway().ledger().waitingAllTime();
        double waitedOnSm = sm.gateway().ledger().waitingAllTime();
        assertTrue(waitedOnGvp > 3600, "the load was chosen so that callers wait; waited " + waitedOnGvp + " s");

        double extra = ipcsPortSeconds(gvp) - ipcsPortSeconds(sm);
        assertEquals(waitedOnGvp, extra, 1e-6 * ipcsPortSeconds(gvp));
        assertEquals(waitedOnSm, sm.streamManager().ports().lifetimeBusySeconds(), 1e-6 * waitedOnSm);
        assertEquals(0, gvp.streamManager().ports().lifetimeBusySeconds());
        // the same callers meet the same agents: where they wait changes nothing else
        assertEquals(waitedOnSm, waitedOnGvp, 1e-6 * waitedOnGvp);
    }
}
