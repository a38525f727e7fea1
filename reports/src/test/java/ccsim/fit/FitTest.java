package ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.random.Distribution;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Samples drawn (fixed seeds) from known distributions are fitted back: the fitted mean lies within three
 * standard errors of the true one (sd / √n), and on 20,000 values the right family ranks first.
 */
class FitTest {
    private static double[] sample(Distribution d, int n, long seed) {
        MRG32k3a stream = new MRG32k3a();
        stream.setSeed(new long[] {seed, seed + 1, seed + 2, seed + 3, seed + 4, seed + 5});
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = d.sample(stream);
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"exponential, 180, 180", "lognormal, 240, 150", "gamma, 240, 120", "weibull, 1.7, 260"})
    void aKnownDistributionIsFittedBackAndRanksFirst(String family, double a, double b) {
        Distribution truth = switch (family) {
            case "exponential" -> new Distribution.Exponential(a);
            case "lognormal" -> new Distribution.Lognormal(a, b);
            case "gamma" -> new Distribution.Gamma(a, b);
            default -> new Distribution.Weibull(a, b);
        };
        int n = 20_000;
        double[] x = sample(truth, n, 12345);
        List<Fit> fits = Fit.all(x);
        assertEquals(family, fits.get(0).family(), "ranking: " + fits.stream().map(Fit::family).toList());
        Fit own = fits.stream().filter(f -> f.family().equals(family)).findFirst().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - truth.mean()) * (v - truth.mean())).sum() / n);
        double standardError = sd / Math.sqrt(n);
        assertEquals(truth.mean(), own.distribution().mean(), 3 * standardError, family + " mean");
        if (own.distribution() instanceof Distribution.Weibull w) {
            // the shape's asymptotic standard error is about 0.78·k/√n
            assertEquals(a, w.shape(), 3 * 0.78 * a / Math.sqrt(n), "Weibull shape");
        }
        assertTrue(fits.get(0).pValue() > 0.01, "the true family is not rejected: p " + fits.get(0).pValue());
    }
}
