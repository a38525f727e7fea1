package ccsim.model.config;

import ccsim.core.network.ProcessingCapacity;

/**
 * The GVP Resource Manager acting as SIP redirect server (seed ch.1 "GVP Resource Manager"): where it
 * is, how it chooses among IPCS with a free port and every capability a call needs, and what it does
 * when none has them (block by default).
 */
public record ResourceManagerConfig(String address, SelectionPolicy policy, ProcessingCapacity processing,
                                    NoCapableIpcs whenNoCapableIpcs) {

    public ResourceManagerConfig {
        policy = policy == null ? SelectionPolicy.ROUND_ROBIN : policy;
        whenNoCapableIpcs = whenNoCapableIpcs == null ? NoCapableIpcs.BLOCK : whenNoCapableIpcs;
    }

    public ResourceManagerConfig(String address, SelectionPolicy policy, ProcessingCapacity processing) {
        this(address, policy, processing, null);
    }
}
