package ccsim.core.stats;

/** One measure's value in one interval of one replication. */
public record IntervalObservation(String measure, String unit, int interval, double start, double value) implements java.io.Serializable {
}
