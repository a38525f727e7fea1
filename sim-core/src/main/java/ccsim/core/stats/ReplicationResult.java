package ccsim.core.stats;

import java.util.ArrayList;
import java.util.List;

/** The measures of one replication, in a fixed order that every replication shares. */
public record ReplicationResult(int replication, List<Observation> observations) {

    public ReplicationResult {
        observations = List.copyOf(observations);
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

        public Builder add(String measure, String unit, double value) {
            observations.add(new Observation(measure, unit, value));
            return this;
        }

        public ReplicationResult build(int replication) {
            return new ReplicationResult(replication, observations);
        }
    }
}
