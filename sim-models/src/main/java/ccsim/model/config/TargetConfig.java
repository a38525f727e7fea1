package ccsim.model.config;

import ccsim.model.MeasureCatalogue;

import ccsim.core.stats.Bound;

/**
 * A planning target on one measure of the summary, e.g. blocking probability at most 0.01 or service
 * level at least 0.8: exactly one of {@code min} and {@code max}.
 */
public record TargetConfig(String measure, Double min, Double max) {

    /** A measure may be named by its catalogue key ({@code service_level}) as well as its label. */
    public TargetConfig {
        measure = measure == null ? null : MeasureCatalogue.labelOfKey(measure).orElse(measure);
    }

    /** The target's bound: at most {@code max}, or at least {@code min}. */
    public Bound bound() {
        return max != null ? new Bound(true, max) : new Bound(false, min);
    }
}
