package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Experiment;
import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.core.trace.Trace;
import ccsim.model.caller.CallLedger;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import ccsim.model.gvp.Ipcs;
import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Little's law, L = λW. For each port pool in its integral form over a whole run (port-seconds used =
 * the sum of the holding times the callers' own scripts and waits give), exact with zero latency; for
 * the agent queue as time averages over the observed window, where L/(λW) = 1 within the interval.
 */
class LittlesLawTest {

    private static Scenario scenario(Queuing queuing, Duration horizon, Duration warmUp, int replications) {
        return scenario(queuing, TransferMethod.REFER, horizon, warmUp, replications);
    }

    private static Scenario scenario(Queuing queuing, TransferMethod transfer, Duration horizon, Duration warmUp,
                                     int replications) {
        return BehindFixture.scenario(queuing, transfer, GvpMode.IN_FRONT, 200, 12, 220, 0.8,
                new Distribution.Lognormal(60, 40), new Distribution.Gamma(180, 120),
                new Distribution.Exponential(150), new Distribution.Constant(0), horizon, warmUp, replications);
    }

    /** A bridged IPCS holds its port through the wait and the conversation as well. */
    @ParameterizedTest
    @CsvSource({"GVP, REFER", "STREAM_MANAGER, REFER", "STREAM_MANAGER, IVR_SERVER", "STREAM_MANAGER, BRIDGED"})
    void everyPortPoolIsBusyExactlyAsLongAsItsCallersHoldIt(Queuing queuing, TransferMethod transfer) {
        ContactCenter cc = ContactCenter.build(scenario(queuing, transfer, Duration.ofHours(4), Duration.ZERO, 1), 0,
                new Progress(), Trace.OFF);
        cc.run(0);
        CallLedger ledger = cc.gateway().ledger();
        double ipcs = cc.ipcs().stream().map(Ipcs::ports).mapToDouble(p -> p.lifetimeBusySeconds()).sum();
        boolean bridged = transfer == TransferMethod.BRIDGED;
        double waitingOnIpcs = queuing == Queuing.GVP || bridged ? ledger.waitingAllTime() : 0;
        double talkingThroughIpcs = bridged ? ledger.talkAllTime() : 0;
        assertEquals(ledger.selfServiceAllTime() + waitingOnIpcs + talkingThroughIpcs, ipcs, 1e-6 * ipcs, "IPCS ports");
        double bridgedPorts = cc.ipcs().stream().map(Ipcs::bridgedPorts).mapToDouble(p -> p.lifetimeBusySeconds())
                .sum();
        assertEquals(talkingThroughIpcs, bridgedPorts, 1e-6 * ipcs, "IPCS ports in bridged conversations");
        double queuedOnSm = queuing == Queuing.STREAM_MANAGER ? ledger.waitingAllTime() : 0;
        assertEquals(queuedOnSm, cc.streamManager().ports().lifetimeBusySeconds(), 1e-6 * ipcs, "Stream Manager");
        // no after-call work and instant answers: an agent is busy exactly while it talks
        double agents = cc.agentsBusy().get("sales").lifetimeBusySeconds();
        assertEquals(ledger.talkAllTime(), agents, 1e-6 * agents, "agents");
        assertTrue(ledger.waitingAllTime() > 600, "callers must wait for the check to mean something");
    }

    @Test
    void agentQueueLengthIsArrivalRateTimesWait() {
        int reps = 20;
        Scenario s = scenario(Queuing.STREAM_MANAGER, Duration.ofHours(8), Duration.ofHours(1), reps);
        double span = s.run().horizonSeconds() - s.run().warmUpSeconds();
        List<ReplicationResult> ratios = Experiment.run(reps, 2, (r, p) -> {
            ReplicationResult m = ContactCenter.replicate(s, r, p);
            double lambda = m.value("calls asking for an agent") / span;
            double ratio = m.value("queue length") / (lambda * m.value("mean time waiting"));
            return new ReplicationResult.Builder().add("L / (λW)", "ratio", ratio).build(r);
        }, null);
        Estimate e = Summary.of(ratios).get(0);
        TDistribution t = new TDistribution(reps - 1);
        double half = e.halfWidth() * t.inverseCumulativeProbability(0.9995) / t.inverseCumulativeProbability(0.975);
        assertTrue(Math.abs(e.mean() - 1) <= half, () -> "L/(λW) = " + e.mean() + " ± " + half);
        assertTrue(half < 0.05, "interval too wide: ±" + half);
    }
}
