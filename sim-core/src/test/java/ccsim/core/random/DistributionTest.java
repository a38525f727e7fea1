package ccsim.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class DistributionTest {
    private static final int N = 200_000;

    static Stream<Object[]> cases() {
        // distribution, its theoretical mean and standard deviation
        return Stream.of(
                new Object[] {new Distribution.Exponential(180), 180.0, 180.0},
                new Object[] {new Distribution.Lognormal(150, 90), 150.0, 90.0},
                new Object[] {new Distribution.Gamma(240, 120), 240.0, 120.0},
                new Object[] {new Distribution.Uniform(0.3, 0.8), 0.55, 0.5 / Math.sqrt(12)},
                new Object[] {new Distribution.Constant(2), 2.0, 0.0});
    }

    /** The sample mean and sd match the parameters within 4 standard errors. */
    @ParameterizedTest
    @MethodSource("cases")
    void samplesHaveTheStatedMeanAndStandardDeviation(Distribution d, double mean, double sd) {
        RandomStream s = new RandomStreams(11, 0).stream("test");
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = d.sample(s);
            assertTrue(x >= 0, "negative variate " + x);
            sum += x;
            sumSq += x * x;
        }
        double m = sum / N;
        double v = sumSq / N - m * m;
        assertEquals(mean, d.mean(), 1e-12);
        assertEquals(mean, m, 4 * sd / Math.sqrt(N) + 1e-12);
        // the sample sd is within a few percent for these sample sizes (its SE is below 1% here)
        assertEquals(sd, Math.sqrt(Math.max(0, v)), 0.03 * sd + 1e-9);
    }

    @Test
    void eachVariateUsesExactlyOneUniform() {
        for (Object[] c : cases().toList()) {
            Distribution d = (Distribution) c[0];
            RandomStream a = new RandomStreams(3, 0).stream("x");
            RandomStream b = new RandomStreams(3, 0).stream("x");
            for (int i = 0; i < 10; i++) {
                d.sample(a);
                b.nextDouble();
            }
            assertEquals(b.nextDouble(), a.nextDouble(), d + " consumed more than one uniform per variate");
        }
    }

    @Test
    void invalidParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Exponential(0));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Lognormal(1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Constant(-1));
    }

    /** Weibull: F(scale) = 1 − e^−1 whatever the shape; shape 1 is the exponential of mean scale; shape 2 has mean scale·√π/2. */
    @org.junit.jupiter.api.Test
    void weibullQuantilesAndMeansAreTheTextbooks() {
        for (double k : new double[] {0.5, 1, 1.7, 3}) {
            assertEquals(200, new Distribution.Weibull(k, 200).quantile(1 - Math.exp(-1)), 1e-9);
        }
        assertEquals(200, new Distribution.Weibull(1, 200).mean(), 1e-9);
        assertEquals(200 * Math.sqrt(Math.PI) / 2, new Distribution.Weibull(2, 200).mean(), 1e-9);
    }

    /** Empirical: inversion of the step distribution function gives each observed value an equal share of [0, 1). */
    @org.junit.jupiter.api.Test
    void anEmpiricalDistributionDrawsEachObservedValueEqually() {
        Distribution.Empirical e = new Distribution.Empirical(new double[] {30, 10, 20, 40});
        assertEquals(25, e.mean(), 0);
        assertEquals(10, e.quantile(0), 0);
        assertEquals(10, e.quantile(0.2499), 0);
        assertEquals(20, e.quantile(0.25), 0);
        assertEquals(40, e.quantile(0.9999999), 0);
    }
}
