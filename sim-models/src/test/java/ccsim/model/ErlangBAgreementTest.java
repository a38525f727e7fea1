package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Experiment;
import ccsim.core.queueing.Erlang;
import ccsim.core.random.Distribution;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Stand-Alone port pool has Poisson arrivals and no queue, so its blocking probability is Erlang B
 * whatever the self-service time distribution. With zero network latency the Resource Manager holds
 * a port exactly for the self-service time, so Erlang B applies exactly.
 *
 * <p>Each case checks that Erlang B lies within the simulation's confidence interval. Eight cases
 * are checked, so each uses a 99.9% interval (Bonferroni: the suite's false-alarm rate stays below
 * 1%; eleven with the In-Front cases, still about 1%), scaled from the 95% half-width by the ratio of
 * Student quantiles.
 */
class ErlangBAgreementTest {
    private static final int REPLICATIONS = 20;

    @ParameterizedTest(name = "{0} ports as {1}, {2} Erlangs, {3}")
    @CsvSource({
            "5,  one,  3.0,  exponential",
            "5,  one,  3.0,  lognormal",
            "10, one,  8.0,  exponential",
            "10, one,  8.0,  lognormal",
            "24, one,  20.0, exponential",
            "24, one,  20.0, lognormal",
            "24, two,  22.0, exponential",
            "24, two,  22.0, lognormal",
    })
    void blockingAgreesWithErlangB(int ports, String split, double erlangs, String distribution) {
        double meanService = 180;
        Distribution service = distribution.equals("exponential")
                ? new Distribution.Exponential(meanService)
                : new Distribution.Lognormal(meanService, 1.5 * meanService);
        int[] pools = split.equals("one") ? new int[] {ports} : new int[] {ports / 2, ports - ports / 2};
        Scenario s = StandAloneFixture.scenario(pools, erlangs / meanService * 3600, service,
                new Distribution.Constant(0), Duration.ofHours(10), Duration.ofHours(1), REPLICATIONS);
        assertErlangB(s, ports, erlangs);
    }

    /**
     * In-Front (guide ch.3): the strategy holds a Voice Treatment Port of the virtual switch from routing
     * until IVR Server reports it free, and GVP a port for the self-service time; at zero latency both
     * are the same time and the Place Group is an Erlang B pool. The guide's sample has 3 ports.
     */
    @ParameterizedTest(name = "In-Front, {0} ports, {1} Erlangs")
    @CsvSource({"3, 1.5", "3, 3.0", "24, 20.0"})
    void inFrontPortPoolAgreesWithErlangB(int ports, double erlangs) {
        double meanService = 180;
        Scenario s = InFrontFixture.scenario(InFrontFixture.Delivery.IVR_SERVER_ROUTE, InFrontFixture.seedOptions(),
                ports, 1, erlangs / meanService * 3600, 0, new Distribution.Exponential(meanService),
                new Distribution.Constant(60), null, new Distribution.Constant(0), Duration.ofHours(10),
                Duration.ofHours(1), REPLICATIONS);
        assertErlangB(s, ports, erlangs);
    }

    private static void assertErlangB(Scenario s, int ports, double erlangs) {
        List<ReplicationResult> reps = Experiment.run(REPLICATIONS, 2,
                (r, p) -> ContactCenter.replicate(s, r, p), null);
        Estimate blocking = Summary.of(reps).stream()
                .filter(e -> e.measure().equals("blocking probability")).findFirst().orElseThrow();

        double theory = Erlang.b(ports, erlangs);
        TDistribution t = new TDistribution(REPLICATIONS - 1);
        double halfWidth999 = blocking.halfWidth() * t.inverseCumulativeProbability(0.9995)
                / t.inverseCumulativeProbability(0.975);
        assertTrue(Math.abs(blocking.mean() - theory) <= halfWidth999,
                () -> String.format("Erlang B %.5f outside simulated %.5f ± %.5f (99.9%%)", theory, blocking.mean(),
                        halfWidth999));
        // the interval must be narrow enough for the agreement to mean something
        assertTrue(halfWidth999 < 0.25 * theory, () -> "interval too wide: ±" + halfWidth999 + " around " + theory);
    }
}
