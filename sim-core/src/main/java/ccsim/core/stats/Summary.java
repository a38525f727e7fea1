package ccsim.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/** Summarises replications measure by measure with 95% Student-t confidence intervals. */
public final class Summary {
    public static final double LEVEL = 0.95;

    private Summary() {
    }

    /**
     * Adds the replications in the order given, so that the result does not depend on which
     * thread finished first. A value that is undefined in some replication (NaN: a ratio of zero calls
     * there) is left out, and the estimate's replication count says how many it rests on.
     */
    public static List<Estimate> of(List<ReplicationResult> replications) {
        requireSome(replications);
        List<Observation> first = replications.get(0).observations();
        List<Estimate> estimates = new ArrayList<>(first.size());
        for (int m = 0; m < first.size(); m++) {
            Observation template = first.get(m);
            int index = m;
            double[] values = defined(replications, template.measure(), r -> r.observations().get(index).measure(),
                    r -> r.observations().get(index).value());
            StudentInterval s = StudentInterval.of(values);
            estimates.add(new Estimate(template.measure(), template.unit(), s.mean(), s.halfWidth(), values.length));
        }
        return estimates;
    }

    /**
     * The measures of several runs (variants of a scenario, which may measure different things: only
     * one may set a SIP Server processing capacity) in one order: the first run's, each measure another
     * run adds placed after the measure it follows there.
     */
    public static List<String> union(List<List<String>> measuresOfEachRun) {
        List<String> out = new ArrayList<>();
        for (List<String> measures : measuresOfEachRun) {
            int at = 0;
            for (String m : measures) {
                int known = out.indexOf(m);
                if (known >= 0) {
                    at = known + 1;
                } else {
                    out.add(at++, m);
                }
            }
        }
        return out;
    }

    /**
     * Each measure in each interval across replications. A value that is undefined in some
     * replication (NaN, e.g. no call answered in that interval) is left out of that interval's
     * estimate, whose replication count says so.
     */
    public static List<IntervalEstimate> intervals(List<ReplicationResult> replications) {
        requireSome(replications);
        List<IntervalObservation> first = replications.get(0).intervals();
        List<IntervalEstimate> estimates = new ArrayList<>(first.size());
        for (int k = 0; k < first.size(); k++) {
            IntervalObservation template = first.get(k);
            int index = k;
            double[] values = defined(replications, template.measure(), r -> r.intervals().get(index).measure(),
                    r -> r.intervals().get(index).value());
            StudentInterval s = StudentInterval.of(values);
            estimates.add(new IntervalEstimate(template.measure(), template.unit(), template.interval(),
                    template.start(), s.mean(), s.halfWidth(), values.length));
        }
        return estimates;
    }

    /**
     * One value of every replication, in their order, checked to be of {@code measure}; the undefined ones
     * (NaN) left out.
     */
    private static double[] defined(List<ReplicationResult> replications, String measure,
                                    Function<ReplicationResult, String> measureOf, ToDoubleFunction<ReplicationResult> value) {
        DoubleStream.Builder defined = DoubleStream.builder();
        for (ReplicationResult r : replications) {
            requireSame(r, measureOf.apply(r), measure);
            double v = value.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                defined.add(v);
            }
        }
        return defined.build().toArray();
    }

    private static void requireSome(List<ReplicationResult> replications) {
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("no replications to summarise");
        }
    }

    private static void requireSame(ReplicationResult r, String measure, String expected) {
        if (!measure.equals(expected)) {
            throw new IllegalArgumentException("replication " + r.replication() + " has measure '" + measure
                    + "' where replication 0 has '" + expected + "'");
        }
    }
}
