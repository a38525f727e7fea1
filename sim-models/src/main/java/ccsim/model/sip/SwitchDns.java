package ccsim.model.sip;

import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DNs of the SIP Server switch beyond its Trunk DNs: Routing Points, Virtual Routing Points,
 * Voice Treatment Ports (guide ch.2, Table 5: contact = the IPCS, subscription-id GVP), agent
 * Extensions, External Routing Points, and the DNs of other switches it routes to by ISCC.
 */
public final class SwitchDns {
    /** What a DN of this switch is. */
    public enum Kind {
        ROUTING_POINT, VIRTUAL_ROUTING_POINT, VOICE_TREATMENT_PORT, EXTENSION, EXTERNAL_ROUTING_POINT
    }

    /**
     * A DN of this switch: its kind and, for a Voice Treatment Port or an Extension, the SIP endpoint
     * behind it and its TServer options (contact aside). One entry per DN, so that routing a call
     * looks a DN up once, whatever it turns out to be.
     */
    public record Dn(String dn, Kind kind, SipUri contact, OptionValues options) {
        /** The DN's subscription-id (guide Table 5), or null. */
        public String subscriptionId() {
            return options.get(SipServerOption.SUBSCRIPTION_ID);
        }

        public boolean voiceTreatmentPort() {
            return kind == Kind.VOICE_TREATMENT_PORT;
        }

        /** A Voice Treatment Port or an Extension: a DN a call is INVITEd to. */
        boolean reachable() {
            return kind == Kind.VOICE_TREATMENT_PORT || kind == Kind.EXTENSION;
        }
    }

    /**
     * A switch reached by ISCC: the T-Server that owns its DNs and this switch's Access Code to it
     * (guide ch.3, "Configuring access from the SIP Server to GVP").
     */
    public record RemoteSwitch(String name, Address tServer, String accessCode) {
    }

    private static final OptionValues NO_OPTIONS = new OptionValues(Map.of());

    private final TrunkDirectory trunks;
    private final Map<String, Dn> dns = new HashMap<>();
    private final List<String> voiceTreatmentPorts = new ArrayList<>();
    private String firstExternalRoutingPoint;
    private final Map<String, RemoteSwitch> remoteDns = new HashMap<>();

    /**
     * {@code n} DN numbers counting up from {@code first}, keeping its width (2011, 2012, ... or 01,
     * 02, ...), as the guide numbers Voice Treatment Ports from ChannelIDStart (ch.2, Figure 8).
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
        return define(new Dn(dn, Kind.ROUTING_POINT, null, NO_OPTIONS));
    }

    public SwitchDns virtualRoutingPoint(String dn) {
        return define(new Dn(dn, Kind.VIRTUAL_ROUTING_POINT, null, NO_OPTIONS));
    }

    public SwitchDns voiceTreatmentPort(String dn, SipUri ipcs, OptionValues options) {
        define(new Dn(dn, Kind.VOICE_TREATMENT_PORT, ipcs, options));
        voiceTreatmentPorts.add(dn);
        return this;
    }

    public SwitchDns extension(String dn, SipUri phone) {
        return define(new Dn(dn, Kind.EXTENSION, phone, NO_OPTIONS));
    }

    /** guide ch.3, "Configuring access from GVP to the SIP Server": where calls routed from the virtual switch arrive. */
    public SwitchDns externalRoutingPoint(String dn) {
        define(new Dn(dn, Kind.EXTERNAL_ROUTING_POINT, null, NO_OPTIONS));
        if (firstExternalRoutingPoint == null) {
            firstExternalRoutingPoint = dn;
        }
        return this;
    }

    /** A DN of another switch that routing may target here; SIP Server reaches it by ISCC. */
    public SwitchDns remote(String dn, RemoteSwitch owner) {
        remoteDns.put(dn, owner);
        return this;
    }

    /** A switch has one DN of a number: two would make calls and events ambiguous. */
    private SwitchDns define(Dn e) {
        if (dns.putIfAbsent(e.dn(), e) != null) {
            throw new IllegalArgumentException("DN " + e.dn() + " is defined twice on the SIP Server switch");
        }
        return this;
    }

    public TrunkDirectory trunks() {
        return trunks;
    }

    public boolean isRoutingPoint(String dn) {
        Dn e = dns.get(dn);
        return e != null && (e.kind() == Kind.ROUTING_POINT || e.kind() == Kind.VIRTUAL_ROUTING_POINT);
    }

    /** The Voice Treatment Port or Extension DN {@code dn}, or null. */
    public Dn endpoint(String dn) {
        Dn e = dns.get(dn);
        return e != null && e.reachable() ? e : null;
    }

    public Set<String> voiceTreatmentPorts() {
        return Set.copyOf(voiceTreatmentPorts);
    }

    /** The External Routing Point calls from other switches arrive on, or null without one. */
    public String externalRoutingPoint() {
        return firstExternalRoutingPoint;
    }

    public boolean isExternalRoutingPoint(String dn) {
        Dn e = dns.get(dn);
        return e != null && e.kind() == Kind.EXTERNAL_ROUTING_POINT;
    }

    /** The switch that owns {@code dn} when it is a DN of another switch, or null. */
    public RemoteSwitch remoteOwner(String dn) {
        return remoteDns.get(dn);
    }
}
