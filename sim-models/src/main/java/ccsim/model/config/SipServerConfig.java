package ccsim.model.config;

import ccsim.core.network.ProcessingCapacity;
import java.util.List;
import java.util.Map;

/**
 * SIP Server: its address, its application options (TServer section, Appendix B names), its DNs,
 * optionally a message-processing capacity (unlimited when absent) and an overload policy for it (none:
 * every message queues), and how often it offers a call to the Resource Manager again when the IPCS the
 * RM named refuses it as busy or does not answer (default once), and a {@code backup} behind NLBS.
 */
public record SipServerConfig(String address, Map<String, String> options, List<DnConfig> dns,
                              ProcessingCapacity processing, Integer redirectRetries, OverloadPolicyConfig overload,
                              BackupConfig backup) {

    public SipServerConfig(String address, Map<String, String> options, List<DnConfig> dns,
                           ProcessingCapacity processing, Integer redirectRetries, OverloadPolicyConfig overload) {
        this(address, options, dns, processing, redirectRetries, overload, null);
    }

    public SipServerConfig(String address, Map<String, String> options, List<DnConfig> dns,
                           ProcessingCapacity processing, Integer redirectRetries) {
        this(address, options, dns, processing, redirectRetries, null);
    }
    public static final String DEFAULT_ADDRESS = "172.21.11.10:5060";

    public SipServerConfig {
        address = address == null ? DEFAULT_ADDRESS : address;
        options = options == null ? Map.of() : Map.copyOf(options);
        dns = dns == null ? List.of() : List.copyOf(dns);
        redirectRetries = redirectRetries == null ? 1 : redirectRetries;
    }

    public SipServerConfig(String address, Map<String, String> options, List<DnConfig> dns,
                           ProcessingCapacity processing) {
        this(address, options, dns, processing, null);
    }
}
