package ccsim.core.stats;

import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.stat.Tally;

/** Summarises replications measure by measure with 95% Student-t confidence intervals. */
public final class Summary {
    public static final double LEVEL = 0.95;

    private Summary() {
    }

    /**
     * Adds the replications in the order given, so that the result does not depend on which
     * thread finished first.
     */
    public static List<Estimate> of(List<ReplicationResult> replications) {
        requireSome(replications);
        List<Observation> first = replications.get(0).observations();
        List<Estimate> estimates = new ArrayList<>(first.size());
        for (int m = 0; m < first.size(); m++) {
            Observation template = first.get(m);
            Tally tally = new Tally(template.measure());
            for (ReplicationResult r : replications) {
                Observation o = r.observations().get(m);
                requireSame(r, o.measure(), template.measure());
                tally.add(o.value());
            }
            estimates.add(new Estimate(template.measure(), template.unit(), tally.average(), halfWidth(tally),
                    tally.numberObs()));
        }
        return estimates;
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
            Tally tally = new Tally(template.measure());
            for (ReplicationResult r : replications) {
                IntervalObservation o = r.intervals().get(k);
                requireSame(r, o.measure(), template.measure());
                if (!Double.isNaN(o.value())) {
                    tally.add(o.value());
                }
            }
            double mean = tally.numberObs() == 0 ? Double.NaN : tally.average();
            estimates.add(new IntervalEstimate(template.measure(), template.unit(), template.interval(),
                    template.start(), mean, halfWidth(tally), tally.numberObs()));
        }
        return estimates;
    }

    private static double halfWidth(Tally tally) {
        if (tally.numberObs() < 2) {
            return Double.NaN;
        }
        double[] centerAndRadius = new double[2];
        tally.confidenceIntervalStudent(LEVEL, centerAndRadius);
        return centerAndRadius[1];
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
