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
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("no replications to summarise");
        }
        List<Observation> first = replications.get(0).observations();
        List<Estimate> estimates = new ArrayList<>(first.size());
        double[] centerAndRadius = new double[2];
        for (int m = 0; m < first.size(); m++) {
            Observation template = first.get(m);
            Tally tally = new Tally(template.measure());
            for (ReplicationResult r : replications) {
                Observation o = r.observations().get(m);
                if (!o.measure().equals(template.measure())) {
                    throw new IllegalArgumentException("replication " + r.replication() + " has measure '"
                            + o.measure() + "' where replication 0 has '" + template.measure() + "'");
                }
                tally.add(o.value());
            }
            double half = Double.NaN;
            if (tally.numberObs() >= 2) {
                tally.confidenceIntervalStudent(LEVEL, centerAndRadius);
                half = centerAndRadius[1];
            }
            estimates.add(new Estimate(template.measure(), template.unit(), tally.average(), half,
                    tally.numberObs()));
        }
        return estimates;
    }
}
