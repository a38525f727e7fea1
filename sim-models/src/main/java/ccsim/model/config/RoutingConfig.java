package ccsim.model.config;

import java.time.Duration;

/**
 * The URS strategies of a Behind deployment: whether the inbound strategy asks the Resource Manager
 * for an IPCS (PlayApplication, GSIP_APP_ID 501, guide ch.2), where callers queue for agents, the
 * Routing Point GVP transfers to for agent selection (queuing on SIP Server) and how, the Virtual
 * Routing Point of queuing on GVP (2700 in the guide), the service-level threshold, how a strategy
 * picks a port among the free ones, and how long a call waits on its Routing Point for a port when none
 * is free ({@code waitForPort}; the guide does not say: 0, the default, rejects the call at once), and
 * which callers service level is a share of ({@code serviceLevelDefinition}; {@code shortAbandon} is the
 * wait under which an abandon is left out when the definition excludes short abandons, 5 s by default).
 */
public record RoutingConfig(Boolean useResourceManager, Queuing queuing, String agentRoutingPoint,
                            TransferMethod transferMethod, String virtualRoutingPoint,
                            Duration serviceLevelThreshold, PortSelection portSelection, Duration waitForPort,
                            ServiceLevelDefinition serviceLevelDefinition, Duration shortAbandon) {

    public RoutingConfig(Boolean useResourceManager, Queuing queuing, String agentRoutingPoint,
                         TransferMethod transferMethod, String virtualRoutingPoint, Duration serviceLevelThreshold,
                         PortSelection portSelection, Duration waitForPort) {
        this(useResourceManager, queuing, agentRoutingPoint, transferMethod, virtualRoutingPoint, serviceLevelThreshold,
                portSelection, waitForPort, null, null);
    }

    public RoutingConfig(Boolean useResourceManager, Queuing queuing, String agentRoutingPoint,
                         TransferMethod transferMethod, String virtualRoutingPoint, Duration serviceLevelThreshold) {
        this(useResourceManager, queuing, agentRoutingPoint, transferMethod, virtualRoutingPoint, serviceLevelThreshold,
                null, null);
    }

    public RoutingConfig {
        useResourceManager = useResourceManager == null ? Boolean.TRUE : useResourceManager;
        queuing = queuing == null ? Queuing.STREAM_MANAGER : queuing;
        transferMethod = transferMethod == null ? TransferMethod.REFER : transferMethod;
        serviceLevelThreshold = serviceLevelThreshold == null ? Duration.ofSeconds(20) : serviceLevelThreshold;
        portSelection = portSelection == null ? PortSelection.FIRST_FREE : portSelection;
        waitForPort = waitForPort == null ? Duration.ZERO : waitForPort;
        serviceLevelDefinition = serviceLevelDefinition == null ? ServiceLevelDefinition.ANSWERED_AND_ABANDONED
                : serviceLevelDefinition;
        shortAbandon = shortAbandon == null ? Duration.ofSeconds(5) : shortAbandon;
    }
}
