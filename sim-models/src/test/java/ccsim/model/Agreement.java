package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/** Simulated measures against exact queueing references, on 99.9% Student-t intervals. */
final class Agreement {
    private Agreement() {
    }

    static Estimate estimate(List<ReplicationResult> reps, String measure) {
        return Summary.of(reps).stream().filter(e -> e.measure().equals(measure)).findFirst().orElseThrow();
    }

    /**
     * The reference lies in the estimate's 99.9% interval (a Bonferroni share of several checks), and that
     * interval is narrow enough, within a quarter of the reference, to prove something.
     */
    static void assertCovers(Estimate e, double theory, String what) {
        TDistribution t = new TDistribution(e.replications() - 1);
        double half = e.halfWidth() * t.inverseCumulativeProbability(0.9995) / t.inverseCumulativeProbability(0.975);
        assertTrue(Math.abs(e.mean() - theory) <= half,
                () -> String.format("%s: theory %.5f outside simulated %.5f ± %.5f (99.9%%)", what, theory, e.mean(), half));
        assertTrue(half < 0.25 * theory, () -> what + ": interval ±" + half + " too wide around " + theory);
    }
}
