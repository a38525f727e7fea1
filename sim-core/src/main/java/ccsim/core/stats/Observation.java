package ccsim.core.stats;

/** One measure's value in one replication. */
public record Observation(String measure, String unit, double value) implements java.io.Serializable {
}
