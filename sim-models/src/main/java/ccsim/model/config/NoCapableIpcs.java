package ccsim.model.config;

/**
 * What the Resource Manager does with a call whose application needs a capability (e.g. ASR) that no
 * IPCS with a free port has (guide ch.1, "GVP Resource Manager").
 */
public enum NoCapableIpcs {
    /** Refuse it (503): the call is blocked. */
    BLOCK,
    /** Send it to an IPCS with a free port anyway, where the application fails. */
    ANY_IPCS
}
