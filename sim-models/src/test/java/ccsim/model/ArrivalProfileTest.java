package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Experiment;
import ccsim.core.random.Distribution;
import ccsim.core.stats.IntervalEstimate;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.model.config.ArrivalProfileConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class ArrivalProfileTest {
    private static final List<Double> PROFILE = List.of(10.0, 40.0, 80.0, 120.0, 60.0, 30.0, 5.0, 0.0);

    private static Scenario profiled(int replications, double forecastCv) {
        Scenario base = StandAloneFixture.scenario(new int[] {500}, 1, new Distribution.Exponential(60),
                new Distribution.Constant(0), Duration.ofHours(4), Duration.ZERO, replications);
        CallTypeConfig ct = base.callTypes().get(0);
        CallTypeConfig withProfile = new CallTypeConfig(ct.name(), ct.dialedNumber(), null,
                new ArrivalProfileConfig(Duration.ofMinutes(30), PROFILE), ct.selfService(), 0.0, null);
        return new Scenario(base.name(), base.description(), base.mode(),
                new RunSettings(Duration.ofHours(4), Duration.ZERO, Duration.ofMinutes(30), replications, 7L, null,
                        forecastCv),
                base.network(), base.gateway(), base.sipServer(), base.resourceManager(), base.ipcs(), base.routing(),
                base.ivrServer(), base.streamManager(), base.agentGroups(), List.of(withProfile), base.targets());
    }

    /** Each interval's mean arrivals agree with the profile within its 99.9% interval (8 intervals). */
    @Test
    void arrivalsPerIntervalFollowTheProfile() {
        int reps = 40;
        Scenario s = profiled(reps, 0);
        List<ReplicationResult> r = Experiment.run(reps, 2, (k, p) -> ContactCenter.replicate(s, k, p), null);
        List<IntervalEstimate> offered = Summary.intervals(r).stream()
                .filter(e -> e.measure().equals("offered calls")).toList();
        assertEquals(PROFILE.size(), offered.size());
        TDistribution t = new TDistribution(reps - 1);
        double widen = t.inverseCumulativeProbability(0.9995) / t.inverseCumulativeProbability(0.975);
        for (int i = 0; i < PROFILE.size(); i++) {
            IntervalEstimate e = offered.get(i);
            double expected = PROFILE.get(i);
            if (expected == 0) {
                assertEquals(0, e.mean(), "no call where the profile has none");
            } else {
                assertTrue(Math.abs(e.mean() - expected) <= e.halfWidth() * widen,
                        "interval " + i + ": " + e.mean() + " ± " + e.halfWidth() * widen + " vs " + expected);
            }
        }
    }

    /**
     * A gamma day factor of mean 1 and CV c makes the day's total vary more than Poisson: its CV is
     * sqrt(N + (cN)^2)/N for N expected calls (0.304 for N = 345, c = 0.3). Sample CV over 300 days,
     * whose standard error is about 0.013.
     */
    @Test
    void forecastUncertaintyWidensTheDayTotal() {
        int reps = 300;
        Scenario s = profiled(reps, 0.3);
        List<ReplicationResult> r = Experiment.run(reps, 2, (k, p) -> ContactCenter.replicate(s, k, p), null);
        double[] totals = r.stream().mapToDouble(x -> x.value("offered calls")).toArray();
        double mean = java.util.Arrays.stream(totals).average().orElseThrow();
        double var = java.util.Arrays.stream(totals).map(x -> (x - mean) * (x - mean)).sum() / (reps - 1);
        double n = PROFILE.stream().mapToDouble(Double::doubleValue).sum();
        double expectedCv = Math.sqrt(n + 0.09 * n * n) / n;
        assertEquals(n, mean, 4 * expectedCv * n / Math.sqrt(reps), "the factor has mean 1");
        assertEquals(expectedCv, Math.sqrt(var) / mean, 0.05);
    }
}
