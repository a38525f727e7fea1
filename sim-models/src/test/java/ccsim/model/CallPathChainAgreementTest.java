package ccsim.model;

import ccsim.core.experiment.Experiment;
import ccsim.core.queueing.CallPathChain;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.model.config.Queuing;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where IPCS ports limit the agents' queue, Erlang A does not hold (the report used to mark correct
 * results "outside the interval"); the exact chain of the whole call path does. With every time
 * exponential and no latency, the simulated blocking at entry, probability of waiting and abandonment
 * agree with it for each queuing choice (99.9% intervals, Bonferroni over the nine checks).
 */
class CallPathChainAgreementTest {
    private static final int REPLICATIONS = 20;

    @ParameterizedTest(name = "{0}, {1}, {2} ports per IPCS")
    @CsvSource({
            "GVP, REFER, 3",
            "STREAM_MANAGER, REFER, 2",
            "STREAM_MANAGER, BRIDGED, 4",
    })
    void thePathAgreesWithItsMarkovChain(Queuing queuing, TransferMethod transfer, int portsPerIpcs) {
        double callsPerHour = 150;
        int agents = 5;
        Scenario s = BehindFixture.scenario(queuing, transfer, GvpMode.IN_FRONT, portsPerIpcs, agents, callsPerHour,
                0.8, new Distribution.Exponential(45), new Distribution.Exponential(180),
                new Distribution.Exponential(90), new Distribution.Constant(0), Duration.ofHours(12),
                Duration.ofHours(1), REPLICATIONS);
        List<ReplicationResult> reps = Experiment.run(REPLICATIONS, 2, (r, p) -> ContactCenter.replicate(s, r, p), null);
        boolean bridged = transfer == TransferMethod.BRIDGED;
        CallPathChain chain = CallPathChain.solve(new CallPathChain.Parameters(callsPerHour / 3600, 2 * portsPerIpcs,
                1 / 45.0, 0.8, agents, 1 / 180.0, 1 / 90.0, queuing == Queuing.GVP || bridged, bridged));
        Agreement.assertCovers(Agreement.estimate(reps, "blocking probability at entry"), chain.blockingAtEntry(),
                "blocking at entry");
        Agreement.assertCovers(Agreement.estimate(reps, "probability of waiting"), chain.probabilityOfWaiting(),
                "P(wait)");
        Agreement.assertCovers(Agreement.estimate(reps, "abandonment rate"), chain.probabilityOfAbandoning(),
                "P(abandon)");
    }
}
