package ccsim.model;

import ccsim.core.random.Distribution;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.GatewayConfig;
import ccsim.model.config.GvpMode;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Behind scenarios built in code, numbered as the guide's Behind worksheet (Table 12): VTP DNs 2011-
 * on IPCS 172.21.11.15 and 2021- on 172.21.11.16 (3011- when that would overlap), inbound Routing
 * Point 5000, agent Routing Point
 * 5100, Virtual Routing Point 2700, agents from 7001.
 */
final class BehindFixture {
    static final String RM = "techpubs4:5090";
    /** The Voice Treatment Port DN options the guide requires (Table 5). */
    static final Map<String, String> TABLE_5 = Map.of("event-ringing-on-100trying", "true", "subscription-id", "GVP");

    private BehindFixture() {
    }

    /** A Behind center queuing on Stream Manager; {@code patience} null means callers never give up. */
    static Scenario scenario(int ipcsPorts, int agents, double callsPerHour, double agentShare,
                             Distribution selfService, Distribution talk, Distribution patience,
                             Distribution latency, Duration horizon, Duration warmUp, int replications) {
        return scenario(Queuing.STREAM_MANAGER, TransferMethod.REFER, GvpMode.IN_FRONT, ipcsPorts, agents,
                callsPerHour, agentShare, selfService, talk, patience, latency, horizon, warmUp, replications);
    }

    /** The same center with refer-enabled set as given on the gateway's Trunk DN. */
    static Scenario withGatewayReferEnabled(Scenario s, boolean referEnabled) {
        List<DnConfig> dns = s.sipServer().dns().stream().map(dn -> dn.name().equals("gateway")
                ? new DnConfig(dn.name(), dn.type(), Map.of("contact", "sip:172.21.11.2:5060", "refer-enabled",
                        String.valueOf(referEnabled))) : dn).toList();
        return s.withSipServer(new SipServerConfig(null, s.sipServer().options(), dns, null));
    }

    /** A Behind center with the given queuing, transfer method and GVP mode. */
    static Scenario scenario(Queuing queuing, TransferMethod transfer, GvpMode gvpMode, int ipcsPorts, int agents,
                             double callsPerHour, double agentShare, Distribution selfService, Distribution talk,
                             Distribution patience, Distribution latency, Duration horizon, Duration warmUp,
                             int replications) {
        List<DnConfig> dns = List.of(
                new DnConfig("5000", DnType.ROUTING_POINT, Map.of()),
                new DnConfig("5100", DnType.ROUTING_POINT, Map.of()),
                new DnConfig("2700", DnType.VIRTUAL_ROUTING_POINT, Map.of()),
                new DnConfig("gateway", DnType.TRUNK, Map.of("contact", "sip:172.21.11.2:5060",
                        "refer-enabled", "false")));
        return new Scenario("behind-fixture", "", Mode.BEHIND,
                new RunSettings(horizon, warmUp, null, replications, 20260125L, null),
                new NetworkConfig(latency, null), new GatewayConfig(null, null),
                new SipServerConfig(null, Map.of("override-to-on-divert", "false",
                        "event-ringing-on-100trying", "true", "sip-refer-to-sst-enabled", "true"), dns, null),
                new ResourceManagerConfig(RM, SelectionPolicy.ROUND_ROBIN, null),
                List.of(new IpcsConfig("172.21.11.15:5060", ipcsPorts, "2011", null, TABLE_5),
                        new IpcsConfig("172.21.11.16:5060", ipcsPorts, ipcsPorts <= 10 ? "2021" : "3011", null,
                                TABLE_5)),
                new RoutingConfig(true, queuing, "5100", transfer, "2700", Duration.ofSeconds(20)),
                new IvrServerConfig(null, gvpMode),
                new StreamManagerConfig("172.21.11.30:5060", 2 * ipcsPorts),
                List.of(new AgentGroupConfig("sales", agents, "7001", List.of("5000"), talk, null, null)),
                List.of(new CallTypeConfig("main", "5000", callsPerHour, null, selfService, agentShare, patience)), null);
    }
}
