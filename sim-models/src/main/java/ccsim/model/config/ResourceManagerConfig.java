package ccsim.model.config;

import ccsim.core.network.ProcessingCapacity;

/** The GVP Resource Manager acting as SIP redirect server (seed ch.1 "GVP Resource Manager"). */
public record ResourceManagerConfig(String address, SelectionPolicy policy, ProcessingCapacity processing) {

    public ResourceManagerConfig {
        policy = policy == null ? SelectionPolicy.ROUND_ROBIN : policy;
    }
}
