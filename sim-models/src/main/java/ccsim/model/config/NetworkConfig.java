package ccsim.model.config;

import ccsim.core.random.Distribution;
import java.util.List;

/** One-way latency of every link, with per-link exceptions between two hosts. Default: 1 ms. */
public record NetworkConfig(Distribution latency, List<LinkConfig> links) {

    public NetworkConfig {
        latency = latency == null ? new Distribution.Constant(0.001) : latency;
        links = links == null ? List.of() : List.copyOf(links);
    }
}
