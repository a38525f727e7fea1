package ccsim.model.sip;

import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The DNs of the SIP Server switch beyond its Trunk DNs: Routing Points, Virtual Routing Points,
 * Voice Treatment Ports (seed ch.2, Table 5: contact = the IPCS, subscription-id GVP), agent
 * Extensions, External Routing Points, and the DNs of other switches it routes to by ISCC.
 */
public final class SwitchDns {
    /** A DN with a SIP endpoint behind it, and its TServer options (contact aside). */
    public record Endpoint(String dn, SipUri contact, OptionValues options) {
        /** The DN's subscription-id (seed Table 5), or null. */
        public String subscriptionId() {
            return options.get(SipServerOption.SUBSCRIPTION_ID);
        }
    }

    /**
     * A switch reached by ISCC: the T-Server that owns its DNs and this switch's Access Code to it
     * (seed ch.3, "Configuring access from the SIP Server to GVP").
     */
    public record RemoteSwitch(String name, Address tServer, String accessCode) {
    }

    private final TrunkDirectory trunks;
    private final Set<String> routingPoints = new HashSet<>();
    private final Set<String> virtualRoutingPoints = new HashSet<>();
    private final Map<String, Endpoint> voiceTreatmentPorts = new HashMap<>();
    private final Map<String, Endpoint> extensions = new HashMap<>();
    private final Set<String> externalRoutingPoints = new LinkedHashSet<>();
    private final Map<String, RemoteSwitch> remoteDns = new HashMap<>();

    /**
     * {@code n} DN numbers counting up from {@code first}, keeping its width (2011, 2012, ... or 01,
     * 02, ...), as the seed numbers Voice Treatment Ports from ChannelIDStart (ch.2, Figure 8).
     */
    public static List<String> numbered(String first, int n) {
        long start = Long.parseLong(first);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(String.format("%0" + first.length() + "d", start + i));
        }
        return out;
    }

    public SwitchDns(TrunkDirectory trunks) {
        this.trunks = trunks;
    }

    public SwitchDns routingPoint(String dn) {
        requireNew(dn);
        routingPoints.add(dn);
        return this;
    }

    public SwitchDns virtualRoutingPoint(String dn) {
        requireNew(dn);
        virtualRoutingPoints.add(dn);
        return this;
    }

    public SwitchDns voiceTreatmentPort(String dn, SipUri ipcs, OptionValues options) {
        requireNew(dn);
        voiceTreatmentPorts.put(dn, new Endpoint(dn, ipcs, options));
        return this;
    }

    public SwitchDns extension(String dn, SipUri phone) {
        requireNew(dn);
        extensions.put(dn, new Endpoint(dn, phone, new OptionValues(Map.of())));
        return this;
    }

    /** seed ch.3, "Configuring access from GVP to the SIP Server": where calls routed from the virtual switch arrive. */
    public SwitchDns externalRoutingPoint(String dn) {
        requireNew(dn);
        externalRoutingPoints.add(dn);
        return this;
    }

    /** A DN of another switch that routing may target here; SIP Server reaches it by ISCC. */
    public SwitchDns remote(String dn, RemoteSwitch owner) {
        remoteDns.put(dn, owner);
        return this;
    }

    /** A switch has one DN of a number: two would make calls and events ambiguous. */
    private void requireNew(String dn) {
        if (routingPoints.contains(dn) || virtualRoutingPoints.contains(dn) || voiceTreatmentPorts.containsKey(dn)
                || extensions.containsKey(dn) || externalRoutingPoints.contains(dn)) {
            throw new IllegalArgumentException("DN " + dn + " is defined twice on the SIP Server switch");
        }
    }

    public TrunkDirectory trunks() {
        return trunks;
    }

    public boolean isRoutingPoint(String dn) {
        return routingPoints.contains(dn) || virtualRoutingPoints.contains(dn);
    }

    /** The Voice Treatment Port or Extension DN {@code dn}, or null. */
    public Endpoint endpoint(String dn) {
        Endpoint e = voiceTreatmentPorts.get(dn);
        return e != null ? e : extensions.get(dn);
    }

    public Set<String> voiceTreatmentPorts() {
        return Set.copyOf(voiceTreatmentPorts.keySet());
    }

    /** The External Routing Point calls from other switches arrive on, or null without one. */
    public String externalRoutingPoint() {
        return externalRoutingPoints.isEmpty() ? null : externalRoutingPoints.iterator().next();
    }

    public boolean isExternalRoutingPoint(String dn) {
        return externalRoutingPoints.contains(dn);
    }

    /** The switch that owns {@code dn} when it is a DN of another switch, or null. */
    public RemoteSwitch remoteOwner(String dn) {
        return remoteDns.get(dn);
    }

    public boolean isVoiceTreatmentPort(String dn) {
        return voiceTreatmentPorts.containsKey(dn);
    }
}
