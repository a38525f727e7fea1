package ccsim.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

class ZigguratTest {
    private static final int N = 1_000_000;

    private static double[] normals(long seed) {
        RandomStream s = new RandomStreams(seed, 0).fastStream("ziggurat");
        double[] z = new double[N];
        for (int i = 0; i < N; i++) {
            z[i] = Ziggurat.normal(s);
        }
        return z;
    }

    @Test
    void variatesHaveTheStandardNormalDistribution() {
        double[] z = normals(11);
        Arrays.sort(z);
        double d = 0;
        for (int i = 0; i < N; i++) {
            double cdf = NormalDist.cdf01(z[i]);
            d = Math.max(d, Math.max((i + 1.0) / N - cdf, cdf - (double) i / N));
        }
        // Kolmogorov-Smirnov: a true normal sample exceeds 1.628 / sqrt(n) with probability 1%
        double critical = 1.628 / Math.sqrt(N);
        System.out.printf("ziggurat KS distance %.6f (1%% critical value %.6f)%n", d, critical);
        assertTrue(d < critical, "KS distance " + d);
    }

    @Test
    void theTailBeyondTheBaseLayerComesAsOftenAndAsFarAsTheNormalsTail() {
        double r = 3.442619855899;
        double[] z = normals(12);
        long beyond = 0;
        double excess = 0;
        for (double v : z) {
            if (Math.abs(v) > r) {
                beyond++;
                excess += Math.abs(v) - r;
            }
        }
        double p = 2 * (1 - NormalDist.cdf01(r));
        double expected = N * p;
        // binomial count: within 4 standard deviations
        assertEquals(expected, beyond, 4 * Math.sqrt(N * p * (1 - p)));
        // mean excess over R of a normal beyond R: the inverse Mills ratio less R
        double meanExcess = NormalDist.density01(r) / (1 - NormalDist.cdf01(r)) - r;
        System.out.printf("tail draws %d (expected %.0f), mean excess %.4f (expected %.4f)%n",
                beyond, expected, excess / beyond, meanExcess);
        // the excess's sd is below its mean for this tail: 4 of them over sqrt(count) is generous
        assertEquals(meanExcess, excess / beyond, 4 * meanExcess / Math.sqrt(beyond));
    }

    @Test
    void aLognormalDrawnByTheZigguratHasTheLognormalsMeanAndSd() {
        Distribution.Lognormal latency = new Distribution.Lognormal(0.002, 0.001);
        RandomStream s = new RandomStreams(13, 0).fastStream("latency");
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = latency.draw(s);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        double sd = Math.sqrt(sumSq / N - mean * mean);
        System.out.printf("lognormal by ziggurat: mean %.7f sd %.7f (0.002, 0.001)%n", mean, sd);
        assertEquals(0.002, mean, 4 * 0.001 / Math.sqrt(N));
        // the sd's standard error for a lognormal with cv 0.5 is under 2 sd / sqrt(n)
        assertEquals(0.001, sd, 4 * 2 * 0.001 / Math.sqrt(N));
    }
}
