package ccsim.model.config;

import ccsim.core.random.Distribution;

/**
 * An IPCS instance: its SIP address (the IP names its Trunk DN, seed Table 10), its port count
 * (Max Channels) and the time it takes to answer an INVITE (default: at once).
 */
public record IpcsConfig(String address, Integer ports, Distribution answerDelay) {

    public IpcsConfig {
        answerDelay = answerDelay == null ? new Distribution.Constant(0) : answerDelay;
    }
}
