package ccsim.model.config;

import ccsim.core.random.Distribution;
import java.util.List;

/**
 * One-way latency of every link, with per-link exceptions between two hosts (default: 1 ms), and the
 * SIP transport and transaction timers of every SIP entity.
 */
public record NetworkConfig(Distribution latency, List<LinkConfig> links, SipTimersConfig sip) {

    public NetworkConfig {
        latency = latency == null ? new Distribution.Constant(0.001) : latency;
        links = links == null ? List.of() : List.copyOf(links);
        sip = sip == null ? new SipTimersConfig(null, null, null) : sip;
    }

    public NetworkConfig(Distribution latency, List<LinkConfig> links) {
        this(latency, links, null);
    }
}
