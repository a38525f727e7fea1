package ccsim.model.caller;

import ccsim.model.config.ServiceLevelDefinition;

/**
 * How service level is counted: answered within {@code thresholdSeconds}, over the callers the
 * definition names; {@code shortAbandonSeconds} is the wait under which an abandon is left out (used by
 * {@link ServiceLevelDefinition#SHORT_ABANDONS_EXCLUDED} only).
 */
public record ServiceLevelRule(ServiceLevelDefinition definition, double thresholdSeconds, double shortAbandonSeconds) {

    /** The denominator: answered callers plus the abandons the definition counts. */
    double base(double answered, double abandoned, double shortAbandoned) {
        return switch (definition) {
            case ANSWERED_AND_ABANDONED -> answered + abandoned;
            case ANSWERED -> answered;
            case SHORT_ABANDONS_EXCLUDED -> answered + abandoned - shortAbandoned;
        };
    }
}
