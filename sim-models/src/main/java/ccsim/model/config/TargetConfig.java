package ccsim.model.config;

/**
 * A planning target on one measure of the summary, e.g. blocking probability at most 0.01 or service
 * level at least 0.8: exactly one of {@code min} and {@code max}.
 */
public record TargetConfig(String measure, Double min, Double max) {

    /** Whether {@code value} meets the target. */
    public boolean metBy(double value) {
        return min != null ? value >= min : value <= max;
    }

    /** The target as a reader would say it, e.g. "≤ 0.01". */
    public String describe() {
        return min != null ? "≥ " + min : "≤ " + max;
    }
}
