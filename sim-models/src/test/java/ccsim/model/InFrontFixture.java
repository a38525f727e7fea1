package ccsim.model;

import ccsim.core.random.Distribution;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.GatewayConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.IvrServerConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.NetworkConfig;
import ccsim.model.config.Queuing;
import ccsim.model.config.ResourceManagerConfig;
import ccsim.model.config.RoutingConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import ccsim.model.config.SelectionPolicy;
import ccsim.model.config.SipServerConfig;
import ccsim.model.config.StreamManagerConfig;
import ccsim.model.config.TransferMethod;
import ccsim.model.config.VirtualSwitchConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * In-Front scenarios built in code, numbered as the guide's In-Front worksheet (Table 11): inbound
 * Routing Point 4617, Trunk Group DN and Access Resource 4618 (empty access code), External Routing
 * Point 4612, Routing Point 1051 on the virtual switch GVP_EE_IP_VIRTUAL, VTP DNs from 01 on IPCS
 * 172.21.11.15. Routing Point 5100 on SIP Server (the seed has none for In-Front) takes REFERs and
 * bridged calls for agent selection with queuing on Stream Manager. Agents from 7001.
 */
final class InFrontFixture {
    static final String RM = "techpubs4:5090";

    /** How a caller who asks for an agent gets there (guide ch.1, "Call Delivery from GVP to an Agent"). */
    enum Delivery {
        /** IVR Server routes on Routing Point 1051; GVP waits with the caller, then REFERs to the ERP. */
        IVR_SERVER_ROUTE(Queuing.GVP, TransferMethod.REFER, "1051"),
        /** GVP REFERs the caller to Routing Point 5100 of SIP Server (IPCC); the caller waits on Stream Manager. */
        REFER_TO_SIP_SERVER(Queuing.STREAM_MANAGER, TransferMethod.REFER, "5100"),
        /** GVP calls Routing Point 5100 and bridges the caller: it stays in the call path. */
        BRIDGED(Queuing.STREAM_MANAGER, TransferMethod.BRIDGED, "5100");

        final Queuing queuing;
        final TransferMethod transfer;
        final String routingPoint;

        Delivery(Queuing queuing, TransferMethod transfer, String routingPoint) {
            this.queuing = queuing;
            this.transfer = transfer;
            this.routingPoint = routingPoint;
        }
    }

    private InFrontFixture() {
    }

    /**
     * An In-Front center with the Resource Manager as the Trunk Group DN's contact; {@code patience} null
     * means callers never give up.
     */
    static Scenario scenario(Delivery delivery, Map<String, String> options, int ports, int agents,
                             double callsPerHour, double agentShare, Distribution selfService, Distribution talk,
                             Distribution patience, Distribution latency, Duration horizon, Duration warmUp,
                             int replications) {
        List<DnConfig> dns = List.of(
                new DnConfig("4617", DnType.ROUTING_POINT, Map.of()),
                new DnConfig("5100", DnType.ROUTING_POINT, Map.of()),
                new DnConfig("4618", DnType.TRUNK_GROUP, Map.of("contact", "sip:" + RM, "straight-forward", "true",
                        "subscription-id", "GVP")),
                new DnConfig("GW", DnType.TRUNK, Map.of("contact", "sip:172.21.11.2:5060", "refer-enabled", "false")));
        VirtualSwitchConfig virtualSwitch = new VirtualSwitchConfig("GVP_EE_IP_VIRTUAL", "", List.of("4618"), 4,
                "4612", List.of("1051"));
        return new Scenario("infront-fixture", "", Mode.IN_FRONT,
                new RunSettings(horizon, warmUp, null, replications, 20260311L, null),
                new NetworkConfig(latency, null), new GatewayConfig(null, null),
                new SipServerConfig(null, options, dns, null),
                new ResourceManagerConfig(RM, SelectionPolicy.ROUND_ROBIN, null),
                List.of(new IpcsConfig("172.21.11.15:5060", ports, "01", null)),
                new RoutingConfig(null, delivery.queuing, delivery.routingPoint, delivery.transfer, null,
                        Duration.ofSeconds(20)),
                new IvrServerConfig(null, null, "GVP", virtualSwitch),
                new StreamManagerConfig("172.21.11.30:5060", 2 * ports),
                List.of(new AgentGroupConfig("sip-agents", agents, "7001", List.of("4617"), talk, null, null)),
                List.of(new CallTypeConfig("inbound", "4617", callsPerHour, null, selfService, agentShare, patience)),
                null);
    }

    /** The guide's options for In-Front: override-to-on-divert false, match-call-once false (ch.3). */
    static Map<String, String> seedOptions() {
        return Map.of("override-to-on-divert", "false", "sip-refer-to-sst-enabled", "true", "match-call-once", "false");
    }
}
