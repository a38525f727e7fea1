package ccsim.model.config;

import ccsim.core.network.ProcessingCapacity;
import java.time.Duration;

/**
 * The GVP Resource Manager acting as SIP redirect server (guide ch.1 "GVP Resource Manager"): where it
 * is, how it chooses among IPCS with a free port and every capability a call needs, and what it does
 * when none has them (block by default); a {@code backup} under the cluster service; and how often it
 * asks each IPCS whether it is alive ({@code ipcsMonitor}, an OPTIONS request; none by default), so that
 * it stops naming one that does not answer.
 */
public record ResourceManagerConfig(String address, SelectionPolicy policy, ProcessingCapacity processing,
                                    NoCapableIpcs whenNoCapableIpcs, BackupConfig backup, Duration ipcsMonitor) {

    public ResourceManagerConfig(String address, SelectionPolicy policy, ProcessingCapacity processing,
                                 NoCapableIpcs whenNoCapableIpcs) {
        this(address, policy, processing, whenNoCapableIpcs, null, null);
    }

    public ResourceManagerConfig {
        policy = policy == null ? SelectionPolicy.ROUND_ROBIN : policy;
        whenNoCapableIpcs = whenNoCapableIpcs == null ? NoCapableIpcs.BLOCK : whenNoCapableIpcs;
    }

    public ResourceManagerConfig(String address, SelectionPolicy policy, ProcessingCapacity processing) {
        this(address, policy, processing, null);
    }
}
