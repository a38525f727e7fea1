package ccsim.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/**
 * The difference of a measure between a variant and a reference, replication by replication: with
 * common random numbers replication r of both saw the same callers, so the paired differences vary
 * far less than the measures themselves. Mean and 95% Student-t half-width of those differences.
 */
public record PairedDifference(String measure, String unit, double mean, double halfWidth, int replications) {

    /** True when the confidence interval of the difference excludes zero. */
    public boolean significant() {
        return !Double.isNaN(halfWidth) && Math.abs(mean) > halfWidth;
    }

    /**
     * The differences {@code variant − reference} of every measure both have, in the reference's order.
     * Replication r of one is paired with replication r of the other; a pair in which either value is
     * undefined (NaN) is left out, and the replication count says how many pairs remain.
     */
    public static List<PairedDifference> of(List<ReplicationResult> reference, List<ReplicationResult> variant) {
        if (reference.size() != variant.size()) {
            throw new IllegalArgumentException("paired runs need as many replications: " + reference.size() + " and "
                    + variant.size());
        }
        List<PairedDifference> out = new ArrayList<>();
        List<Observation> template = reference.get(0).observations();
        List<Map<String, Observation>> others = variant.stream().map(r -> r.observations().stream()
                .collect(Collectors.toMap(Observation::measure, Function.identity()))).toList();
        for (int m = 0; m < template.size(); m++) {
            String measure = template.get(m).measure();
            if (!others.get(0).containsKey(measure)) {
                continue;
            }
            DoubleStream.Builder defined = DoubleStream.builder();
            for (int r = 0; r < reference.size(); r++) {
                double d = others.get(r).get(measure).value() - reference.get(r).observations().get(m).value();
                if (!Double.isNaN(d)) {
                    defined.add(d);
                }
            }
            double[] differences = defined.build().toArray();
            StudentInterval s = StudentInterval.of(differences);
            out.add(new PairedDifference(measure, template.get(m).unit(), s.mean(), s.halfWidth(), differences.length));
        }
        return out;
    }
}
