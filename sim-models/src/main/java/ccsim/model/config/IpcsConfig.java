package ccsim.model.config;

import ccsim.core.random.Distribution;
import java.util.List;
import java.util.Map;

/**
 * An IPCS instance: its SIP address (the IP names its Trunk DN and Place Group, guide Tables 10 and
 * 12), its port count (Max Channels), the number of its first Voice Treatment Port DN (PopGateway
 * ChannelIDStart; Behind and In-Front), the time it takes to answer an INVITE (default: at once), and
 * the TServer options of its Voice Treatment Port DNs on the SIP Server switch (Behind, guide Table 5:
 * event-ringing-on-100trying, subscription-id; contact is the IPCS), and the features its ports offer
 * (e.g. asr, tts), which the Resource Manager selects on (guide ch.1, "GVP Resource Manager"), and
 * the DNIS GVP has a voice application for beyond the call types' dialed numbers ({@code applications}:
 * the Trunk Group DN of ch.3's Tip, with override-to-on-divert true), and how many Voice Treatment Port
 * DNs (IVR ports) it has on the switch ({@code voiceTreatmentPorts}; as many as its Max Channels unless
 * set: IVR Server admits only as many calls as it has ports, and a port beyond Max Channels finds the
 * IPCS full).
 */
public record IpcsConfig(String address, Integer ports, String channelIdStart, Distribution answerDelay,
                         Map<String, String> portOptions, List<String> capabilities, List<String> applications,
                         Integer voiceTreatmentPorts) {

    public IpcsConfig(String address, Integer ports, String channelIdStart, Distribution answerDelay,
                      Map<String, String> portOptions, List<String> capabilities) {
        this(address, ports, channelIdStart, answerDelay, portOptions, capabilities, null, null);
    }

    /** The Voice Treatment Port DNs numbered from channelIdStart: voiceTreatmentPorts, else Max Channels. */
    public int portDnCount() {
        return voiceTreatmentPorts != null ? voiceTreatmentPorts : ports == null ? 0 : ports;
    }

    public IpcsConfig {
        applications = applications == null ? List.of() : List.copyOf(applications);
        answerDelay = answerDelay == null ? new Distribution.Constant(0) : answerDelay;
        portOptions = portOptions == null ? Map.of() : Map.copyOf(portOptions);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    /** An IPCS without declared capabilities. */
    public IpcsConfig(String address, Integer ports, String channelIdStart, Distribution answerDelay,
                      Map<String, String> portOptions) {
        this(address, ports, channelIdStart, answerDelay, portOptions, null);
    }

    /** An IPCS whose Voice Treatment Port DNs have no options set. */
    public IpcsConfig(String address, Integer ports, String channelIdStart, Distribution answerDelay) {
        this(address, ports, channelIdStart, answerDelay, null);
    }
}
