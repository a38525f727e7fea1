package ccsim.core.stats;

import org.apache.commons.math3.stat.StatUtils;
import umontreal.ssj.probdist.StudentDist;

/**
 * The mean of a few replications' values and its Student-t confidence half-width at {@link Summary#LEVEL}
 * (NaN from fewer than two values). The mean takes two passes over the values, not a running update:
 * values that cancel, such as paired differences of +1, −1 and 0 ports, average to exactly 0 instead of
 * a rounding residue like −1.4e-17 that a planner would read as a difference.
 */
record StudentInterval(double mean, double halfWidth) {

    static StudentInterval of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new StudentInterval(Double.NaN, Double.NaN);
        }
        double mean = StatUtils.mean(values);
        if (n < 2) {
            return new StudentInterval(mean, Double.NaN);
        }
        double t = StudentDist.inverseF(n - 1, 0.5 * (1 + Summary.LEVEL));
        return new StudentInterval(mean, t * Math.sqrt(StatUtils.variance(values, mean) / n));
    }
}
