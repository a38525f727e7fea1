package ccsim.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Callers' patience from their waits. A caller who abandoned shows how long they were willing to wait; one
 * who was answered first only shows that they were willing to wait at least that long (a censored
 * observation). Counting only the abandons, as a naive mean does, keeps the impatient and drops the rest,
 * and falls far short. This estimates the patience distribution with the censored waits counted: the
 * Kaplan–Meier curve (no family assumed), and maximum likelihood for the exponential (with its exact
 * 95% interval) and the Weibull.
 *
 * @param observations  the waits read
 * @param abandoned     how many ended in an abandon (the others are censored)
 * @param meanLow       the exponential mean's 95% interval, low end
 * @param meanHigh      and high end
 * @param naiveMean     the mean of the abandoned callers' waits alone, for comparison
 * @param kaplanMeier   the survival curve: each abandon time and the share still waiting after it
 */
public record Patience(int observations, int abandoned, double exponentialMean, double meanLow, double meanHigh,
                       double weibullShape, double weibullScale, double naiveMean, List<double[]> kaplanMeier) {

    public int censored() {
        return observations - abandoned;
    }

    public static Patience of(double[] waits, boolean[] abandon) {
        int n = waits.length;
        int d = 0;
        double total = 0;
        double abandonedTotal = 0;
        for (int i = 0; i < n; i++) {
            total += waits[i];
            if (abandon[i]) {
                d++;
                abandonedTotal += waits[i];
            }
        }
        if (d == 0) {
            throw new IllegalArgumentException("no caller of the " + n + " abandoned: the waits say only that patience "
                    + "is longer than them all, not how long it is");
        }
        double mean = total / d;
        // 2·(total time)/mean is close to chi-square with 2d degrees of freedom (exact when every wait ends in an event)
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, 2.0 * d);
        double low = 2 * total / chi.inverseCumulativeProbability(0.975);
        double high = 2 * total / chi.inverseCumulativeProbability(0.025);
        double[] weibull = weibull(waits, abandon, d);
        return new Patience(n, d, mean, low, high, weibull[0], weibull[1], abandonedTotal / d,
                kaplanMeier(waits, abandon));
    }

    /**
     * The Weibull fit with censoring: for a shape k the likelihood's best scale is (Σ t^k / d)^(1/k), so the
     * shape alone is searched (Brent's method on the profile log-likelihood).
     */
    private static double[] weibull(double[] t, boolean[] event, int d) {
        double sumLogEvents = 0;
        for (int i = 0; i < t.length; i++) {
            if (event[i]) {
                sumLogEvents += Math.log(Math.max(t[i], 1e-9));
            }
        }
        double logs = sumLogEvents;
        UnivariateFunction profile = k -> {
            double s = 0;
            for (double x : t) {
                s += Math.pow(x, k);
            }
            // log L(k, λ(k)) with λ^k = s/d: d·ln k − d·ln(s/d) + (k − 1)·Σ ln t_events − d
            return d * Math.log(k) - d * Math.log(s / d) + (k - 1) * logs - d;
        };
        double k = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(1000), new UnivariateObjectiveFunction(profile),
                GoalType.MAXIMIZE, new SearchInterval(0.05, 20)).getPoint();
        double s = 0;
        for (double x : t) {
            s += Math.pow(x, k);
        }
        return new double[] {k, Math.pow(s / d, 1 / k)};
    }

    /** The product-limit estimate: at each abandon time, the share still waiting; ties: abandons before censoring. */
    private static List<double[]> kaplanMeier(double[] t, boolean[] event) {
        Integer[] order = new Integer[t.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> t[i]).thenComparing(i -> event[i] ? 0 : 1));
        List<double[]> curve = new ArrayList<>();
        curve.add(new double[] {0, 1});
        double survival = 1;
        int atRisk = t.length;
        int i = 0;
        while (i < order.length) {
            double time = t[order[i]];
            int events = 0;
            int leaving = 0;
            while (i < order.length && t[order[i]] == time) {
                events += event[order[i]] ? 1 : 0;
                leaving++;
                i++;
            }
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                curve.add(new double[] {time, survival});
            }
            atRisk -= leaving;
        }
        return curve;
    }

    /** The exponential fit as a scenario writes it. */
    public String yaml() {
        return "{dist: exponential, mean: " + new java.math.BigDecimal(exponentialMean)
                .round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString() + "s}";
    }
}
