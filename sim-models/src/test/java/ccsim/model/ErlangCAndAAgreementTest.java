package ccsim.model;

import ccsim.core.experiment.Experiment;
import ccsim.core.queueing.ErlangA;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Agents behind GVP with ample IPCS and Stream Manager ports, zero network latency, every caller
 * asking for an agent after an exponential self-service (so calls reach the agent queue as a Poisson
 * stream), exponential talk and no after-call work: the agent queue is M/M/n (Erlang C) without
 * patience and M/M/n+M (Erlang A) with exponential patience.
 *
 * <p>Four cases, two measures each: each check uses a 99.9% interval (Bonferroni over eight checks).
 */
class ErlangCAndAAgreementTest {
    private static final int REPLICATIONS = 20;
    private static final double TALK = 180;

    /** Waits without abandonment are long and strongly correlated: those cases run longer for a useful interval. */
    @ParameterizedTest(name = "{0} agents, {1} Erlangs, mean patience {2} s, {3} h")
    @CsvSource({
            "10, 8.0, 0, 72",
            "20, 17.0, 0, 72",
            "10, 9.5, 120, 12",
            "20, 20.0, 90, 12",
    })
    void agentQueueAgreesWithErlangCOrA(int agents, double erlangs, double meanPatience, int hours) {
        double callsPerHour = erlangs / TALK * 3600;
        Distribution patience = meanPatience > 0 ? new Distribution.Exponential(meanPatience) : null;
        Scenario s = BehindFixture.scenario(200, agents, callsPerHour, 1.0, new Distribution.Exponential(30),
                new Distribution.Exponential(TALK), patience, new Distribution.Constant(0), Duration.ofHours(hours),
                Duration.ofHours(1), REPLICATIONS);
        List<ReplicationResult> reps = Experiment.run(REPLICATIONS, 2, (r, p) -> ContactCenter.replicate(s, r, p), null);

        double lambda = callsPerHour / 3600;
        ErlangA theory = ErlangA.of(agents, lambda, 1 / TALK, meanPatience > 0 ? 1 / meanPatience : 0);
        Agreement.assertCovers(Agreement.estimate(reps, "probability of waiting"), theory.probabilityOfWaiting(), "P(wait)");
        if (meanPatience > 0) {
            Agreement.assertCovers(Agreement.estimate(reps, "abandonment rate"), theory.probabilityOfAbandoning(), "P(abandon)");
        } else {
            Agreement.assertCovers(Agreement.estimate(reps, "mean time waiting"), theory.meanWait(), "E[wait]");
        }
    }
}
