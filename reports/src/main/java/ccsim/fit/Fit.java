package ccsim.fit;

import ccsim.core.random.Distribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.WeibullDist;

/**
 * One family fitted to observed durations by maximum likelihood (SSJ's estimators), with the
 * Kolmogorov–Smirnov statistic and p-value of the fitted distribution against the sample (commons-math3),
 * and the scenario's distribution it stands for.
 *
 * @param family       exponential, lognormal, gamma or weibull
 * @param distribution the fitted distribution, as a scenario draws it
 * @param density      the same, for its density and the test
 * @param ks           the largest distance between the sample's and the fitted distribution functions
 * @param pValue       the test's p-value; optimistic, since the parameters come from the same sample
 * @param logLikelihood the sample's log-likelihood under the fit
 */
public record Fit(String family, Distribution distribution, RealDistribution density, double ks, double pValue,
                  double logLikelihood) {

    /**
     * Every family fitted to {@code x} (values above zero), best first by the Bayesian information criterion:
     * the likelihood, less a penalty for each parameter, so that the exponential (one parameter, a special
     * case of the gamma and the Weibull) ranks first when it is the truth rather than losing to a shape of
     * 1.01 that fits the noise. The Kolmogorov–Smirnov statistic and its p-value say how well each fits.
     */
    public static List<Fit> all(double[] x) {
        if (x.length < 2) {
            throw new IllegalArgumentException("a fit needs at least 2 values, the sample has " + x.length);
        }
        if (Arrays.stream(x).anyMatch(v -> !(v > 0) || Double.isInfinite(v))) {
            throw new IllegalArgumentException("every value must be above zero for these families (a duration of 0 "
                    + "has no likelihood under a lognormal, gamma or Weibull); remove the zeros or add a constant");
        }
        List<Fit> fits = new ArrayList<>();
        int n = x.length;
        ExponentialDist e = ExponentialDist.getInstanceFromMLE(x, n);
        fits.add(of("exponential", new Distribution.Exponential(1 / e.getLambda()),
                new ExponentialDistribution(null, 1 / e.getLambda()), x));
        LognormalDist l = LognormalDist.getInstanceFromMLE(x, n);
        double lmean = Math.exp(l.getMu() + l.getSigma() * l.getSigma() / 2);
        double lsd = lmean * Math.sqrt(Math.expm1(l.getSigma() * l.getSigma()));
        fits.add(of("lognormal", new Distribution.Lognormal(lmean, lsd),
                new LogNormalDistribution(null, l.getMu(), l.getSigma()), x));
        GammaDist g = GammaDist.getInstanceFromMLE(x, n);
        fits.add(of("gamma", new Distribution.Gamma(g.getAlpha() / g.getLambda(), Math.sqrt(g.getAlpha()) / g.getLambda()),
                new GammaDistribution(null, g.getAlpha(), 1 / g.getLambda()), x));
        WeibullDist w = WeibullDist.getInstanceFromMLE(x, n);
        fits.add(of("weibull", new Distribution.Weibull(w.getAlpha(), 1 / w.getLambda()),
                new WeibullDistribution(null, w.getAlpha(), 1 / w.getLambda()), x));
        fits.sort(Comparator.comparingDouble(f -> f.bic(n)));
        return fits;
    }

    private static Fit of(String family, Distribution d, RealDistribution density, double[] x) {
        KolmogorovSmirnovTest test = new KolmogorovSmirnovTest();
        double ll = 0;
        for (double v : x) {
            ll += Math.log(density.density(v));
        }
        return new Fit(family, d, density, test.kolmogorovSmirnovStatistic(density, x),
                test.kolmogorovSmirnovTest(density, x), ll);
    }

    /** How many parameters the family has. */
    public int parameters() {
        return family.equals("exponential") ? 1 : 2;
    }

    /** The Bayesian information criterion on {@code n} values: −2 log L + parameters · ln n; lower is better. */
    public double bic(int n) {
        return -2 * logLikelihood + parameters() * Math.log(n);
    }

    /** The fit as a scenario writes it: {@code {dist: lognormal, mean: 241.3s, sd: 152.8s}}. */
    public String yaml() {
        if (distribution instanceof Distribution.Exponential ex) {
            return "{dist: exponential, mean: " + s(ex.mean()) + "}";
        }
        if (distribution instanceof Distribution.Lognormal ln) {
            return "{dist: lognormal, mean: " + s(ln.mean()) + ", sd: " + s(ln.sd()) + "}";
        }
        if (distribution instanceof Distribution.Gamma ga) {
            return "{dist: gamma, mean: " + s(ga.mean()) + ", sd: " + s(ga.sd()) + "}";
        }
        Distribution.Weibull wb = (Distribution.Weibull) distribution;
        return "{dist: weibull, shape: " + String.format(Locale.ROOT, "%.4g", wb.shape()) + ", scale: " + s(wb.scale())
                + "}";
    }

    private static String s(double seconds) {
        return new java.math.BigDecimal(seconds).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString() + "s";
    }
}
