package ccsim.model;

import ccsim.core.random.Distribution;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.GatewayConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.NetworkConfig;
import ccsim.model.config.ResourceManagerConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import ccsim.model.config.SelectionPolicy;
import ccsim.model.config.SipServerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stand-Alone scenarios built in code, configured as the guide's Stand-Alone sample (ch.4, Table 13). */
final class StandAloneFixture {
    static final String RM = "techpubs4:5090";

    private StandAloneFixture() {
    }

    static Scenario scenario(int[] portsPerIpcs, double callsPerHour, Distribution selfService,
                             Distribution latency, Duration horizon, Duration warmUp, int replications) {
        List<IpcsConfig> ipcs = new ArrayList<>();
        List<DnConfig> dns = new ArrayList<>();
        dns.add(new DnConfig("Resource Manager", DnType.TRUNK,
                Map.of("contact", "sip:" + RM, "prefix", "28", "straight-forward", "true")));
        for (int i = 0; i < portsPerIpcs.length; i++) {
            String ip = "172.21.11." + (15 + i);
            ipcs.add(new IpcsConfig(ip + ":5060", portsPerIpcs[i], null, null));
            dns.add(new DnConfig(ip.replace(".", ""), DnType.TRUNK, Map.of("contact", "sip:" + ip + ":5060",
                    "straight-forward", "true", "subscription-id", "GVP")));
        }
        return new Scenario("fixture", "", Mode.STAND_ALONE,
                new RunSettings(horizon, warmUp, null, replications, 20260124L, null),
                new NetworkConfig(latency, null), new GatewayConfig(null, null),
                new SipServerConfig(null, Map.of("override-to-on-divert", "false"), dns, null),
                new ResourceManagerConfig(RM, SelectionPolicy.ROUND_ROBIN, null), ipcs, null, null, null, null,
                List.of(new CallTypeConfig("main", "2801", callsPerHour, null, selfService, null, null)), null);
    }
}
