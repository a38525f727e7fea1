package ccsim.core.stats;

/** A measure in one interval across replications: mean and 95% Student-t half-width (NaN if undefined). */
public record IntervalEstimate(String measure, String unit, int interval, double start, double mean,
                               double halfWidth, int replications) {
}
