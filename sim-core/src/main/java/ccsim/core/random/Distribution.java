package ccsim.core.random;

import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A non-negative distribution of durations or amounts. The model's variates are drawn by inversion
 * from one uniform ({@link #sample}), so two variants of a scenario consume their streams in step
 * (common random numbers); {@link #draw} is for the one kind of draw that need not stay in step.
 */
public sealed interface Distribution {

    double mean();

    /** The value below which a fraction {@code u} of the distribution lies (the inverse CDF). */
    double quantile(double u);

    /** Draws one value from {@code stream} by inversion: exactly one uniform per value, for every kind. */
    default double sample(RandomStream stream) {
        return quantile(stream.nextDouble());
    }

    /**
     * Draws one value from {@code stream} by the fastest exact method the kind has, which may use more
     * than one uniform: for the network's latencies, one per message, whose stream no variant shares
     * in step anyway (a variant that sends other messages draws other latencies). By inversion unless
     * the kind knows better.
     */
    default double draw(RandomStream stream) {
        return sample(stream);
    }

    /** A value that is always {@code value}. */
    record Constant(double value) implements Distribution {
        public Constant {
            requireNonNegative("value", value);
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double quantile(double u) {
            return value;
        }
    }

    record Exponential(double mean) implements Distribution {
        public Exponential {
            requirePositive("mean", mean);
        }

        @Override
        public double quantile(double u) {
            return -mean * Math.log1p(-u);
        }
    }

    /**
     * Lognormal given by the mean and standard deviation of the variable itself (not of its log). A
     * class rather than a record so that the parameters of the log are worked out once, not per draw
     * (network latencies draw it for every message).
     */
    final class Lognormal implements Distribution {
        private final double mean;
        private final double sd;
        private final double mu;
        private final double sigma;

        public Lognormal(double mean, double sd) {
            requirePositive("mean", mean);
            requirePositive("sd", sd);
            this.mean = mean;
            this.sd = sd;
            double sigma2 = Math.log1p((sd * sd) / (mean * mean));
            this.mu = Math.log(mean) - sigma2 / 2;
            this.sigma = Math.sqrt(sigma2);
        }

        @Override
        public double mean() {
            return mean;
        }

        public double sd() {
            return sd;
        }

        @Override
        public double quantile(double u) {
            return Math.exp(mu + sigma * NormalDist.inverseF01(u));
        }

        /** By the ziggurat: half of inversion's time (a busy day draws 21 million latencies). */
        @Override
        public double draw(RandomStream stream) {
            return Math.exp(mu + sigma * Ziggurat.normal(stream));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Lognormal l && l.mean == mean && l.sd == sd;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(mean) * 31 + Double.hashCode(sd);
        }

        @Override
        public String toString() {
            return "Lognormal[mean=" + mean + ", sd=" + sd + "]";
        }
    }

    /** Gamma given by mean and standard deviation (shape = (mean/sd)^2, rate = mean/sd^2). */
    record Gamma(double mean, double sd) implements Distribution {
        public Gamma {
            requirePositive("mean", mean);
            requirePositive("sd", sd);
        }

        @Override
        public double quantile(double u) {
            double shape = (mean / sd) * (mean / sd);
            double rate = mean / (sd * sd);
            return GammaDist.inverseF(shape, rate, 12, u);
        }
    }

    /** Weibull by its shape k and scale λ: F(x) = 1 − exp(−(x/λ)^k); k = 1 is the exponential of mean λ. */
    record Weibull(double shape, double scale) implements Distribution {
        public Weibull {
            requirePositive("shape", shape);
            requirePositive("scale", scale);
        }

        @Override
        public double mean() {
            return scale * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
        }

        @Override
        public double quantile(double u) {
            return scale * Math.pow(-Math.log1p(-u), 1 / shape);
        }
    }

    /**
     * The observed values themselves (a sample of call records): each drawn with equal chance, by inversion
     * of the step distribution function, so that common random numbers hold as for the other kinds.
     */
    final class Empirical implements Distribution {
        private final double[] sorted;
        private final double mean;

        public Empirical(double[] values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("an empirical distribution needs at least one value");
            }
            for (double v : values) {
                requireNonNegative("every value", v);
            }
            sorted = values.clone();
            java.util.Arrays.sort(sorted);
            mean = java.util.Arrays.stream(sorted).average().orElseThrow();
        }

        /** How many values were observed. */
        public int size() {
            return sorted.length;
        }

        @Override
        public double mean() {
            return mean;
        }

        @Override
        public double quantile(double u) {
            return sorted[Math.min(sorted.length - 1, (int) (u * sorted.length))];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && java.util.Arrays.equals(sorted, e.sorted);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(sorted);
        }

        @Override
        public String toString() {
            return "Empirical[" + sorted.length + " values, mean " + mean + "]";
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireNonNegative("min", min);
            if (!(max >= min)) {
                throw new IllegalArgumentException("max must be >= min, was " + max + " < " + min);
            }
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }

        @Override
        public double quantile(double u) {
            return min + (max - min) * u;
        }
    }

    private static void requirePositive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be > 0, was " + v);
        }
    }

    private static void requireNonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be >= 0, was " + v);
        }
    }
}
