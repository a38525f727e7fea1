package ccsim.model.config;

import ccsim.core.random.Distribution;

/**
 * An IPCS instance: its SIP address (the IP names its Trunk DN and Place Group, seed Tables 10 and
 * 12), its port count (Max Channels), the number of its first Voice Treatment Port DN (PopGateway
 * ChannelIDStart; Behind mode) and the time it takes to answer an INVITE (default: at once).
 */
public record IpcsConfig(String address, Integer ports, String channelIdStart, Distribution answerDelay) {

    public IpcsConfig {
        answerDelay = answerDelay == null ? new Distribution.Constant(0) : answerDelay;
    }
}
