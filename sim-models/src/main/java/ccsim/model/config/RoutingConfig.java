package ccsim.model.config;

import java.time.Duration;

/**
 * The URS strategies of a Behind deployment: whether the inbound strategy asks the Resource Manager
 * for an IPCS (PlayApplication, GSIP_APP_ID 501, seed ch.2), where callers queue for agents, the
 * Routing Point GVP transfers to for agent selection, and the service-level threshold.
 */
public record RoutingConfig(Boolean useResourceManager, Queuing queuing, String agentRoutingPoint,
                            String virtualRoutingPoint, Duration serviceLevelThreshold) {

    public RoutingConfig {
        useResourceManager = useResourceManager == null ? Boolean.TRUE : useResourceManager;
        queuing = queuing == null ? Queuing.STREAM_MANAGER : queuing;
        serviceLevelThreshold = serviceLevelThreshold == null ? Duration.ofSeconds(20) : serviceLevelThreshold;
    }
}
