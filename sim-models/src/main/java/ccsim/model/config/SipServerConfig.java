package ccsim.model.config;

import ccsim.core.network.ProcessingCapacity;
import java.util.List;
import java.util.Map;

/**
 * SIP Server: its address, its application options (TServer section, Appendix B names), its DNs,
 * and optionally a message-processing capacity (unlimited when absent).
 */
public record SipServerConfig(String address, Map<String, String> options, List<DnConfig> dns,
                              ProcessingCapacity processing) {
    public static final String DEFAULT_ADDRESS = "172.21.11.10:5060";

    public SipServerConfig {
        address = address == null ? DEFAULT_ADDRESS : address;
        options = options == null ? Map.of() : Map.copyOf(options);
        dns = dns == null ? List.of() : List.copyOf(dns);
    }
}
