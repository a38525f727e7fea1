package ccsim.model.config;

/**
 * Which callers service level is a share of: planners use several definitions, and a target means
 * something else under each. All count the callers an agent answered within the threshold above the line.
 */
public enum ServiceLevelDefinition {
    /** Over the callers an agent answered and those who hung up waiting (abandons count against it): the default. */
    ANSWERED_AND_ABANDONED,
    /** Over the callers an agent answered only (abandons are left out). */
    ANSWERED,
    /** Over those answered and those who hung up waiting longer than routing.shortAbandon. */
    SHORT_ABANDONS_EXCLUDED
}
