package ccsim.core.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures of one replication, in a fixed order that every replication shares, and the same
 * for the per-interval measures and the distributions.
 */
public record ReplicationResult(int replication, List<Observation> observations, List<IntervalObservation> intervals,
                                List<Histogram> histograms) implements java.io.Serializable {

    public ReplicationResult {
        observations = List.copyOf(observations);
        intervals = List.copyOf(intervals);
        histograms = List.copyOf(histograms);
    }

    public double value(String measure) {
        for (Observation o : observations) {
            if (o.measure().equals(measure)) {
                return o.value();
            }
        }
        throw new IllegalArgumentException("no measure '" + measure + "' in replication " + replication);
    }

    /** Collects observations in the order they are added. */
    public static final class Builder {
        private final List<Observation> observations = new ArrayList<>();
        private final List<IntervalObservation> intervals = new ArrayList<>();
        private final List<Histogram> histograms = new ArrayList<>();

        public Builder add(String measure, String unit, double value) {
            observations.add(new Observation(measure, unit, value));
            return this;
        }

        /** One value per interval of {@code grid}. */
        public Builder addPerInterval(String measure, String unit, IntervalGrid grid, double[] values) {
            for (int i = 0; i < values.length; i++) {
                intervals.add(new IntervalObservation(measure, unit, i, grid.start(i), values[i]));
            }
            return this;
        }

        public Builder addHistogram(Histogram h) {
            histograms.add(h);
            return this;
        }

        public ReplicationResult build(int replication) {
            return new ReplicationResult(replication, observations, intervals, histograms);
        }
    }
}
