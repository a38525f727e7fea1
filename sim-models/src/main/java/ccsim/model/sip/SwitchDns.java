package ccsim.model.sip;

import ccsim.core.message.SipUri;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The DNs of the SIP Server switch beyond its Trunk DNs: Routing Points, Virtual Routing Points,
 * Voice Treatment Ports (seed ch.2, Table 5: contact = the IPCS, subscription-id GVP) and agent
 * Extensions.
 */
public final class SwitchDns {
    /** A DN with a SIP endpoint behind it; {@code subscriptionId} may be null. */
    public record Endpoint(String dn, SipUri contact, String subscriptionId) {
    }

    private final TrunkDirectory trunks;
    private final Set<String> routingPoints = new HashSet<>();
    private final Set<String> virtualRoutingPoints = new HashSet<>();
    private final Map<String, Endpoint> voiceTreatmentPorts = new HashMap<>();
    private final Map<String, Endpoint> extensions = new HashMap<>();

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

    public SwitchDns voiceTreatmentPort(String dn, SipUri ipcs, String subscriptionId) {
        requireNew(dn);
        voiceTreatmentPorts.put(dn, new Endpoint(dn, ipcs, subscriptionId));
        return this;
    }

    public SwitchDns extension(String dn, SipUri phone) {
        requireNew(dn);
        extensions.put(dn, new Endpoint(dn, phone, null));
        return this;
    }

    /** A switch has one DN of a number: two would make calls and events ambiguous. */
    private void requireNew(String dn) {
        if (routingPoints.contains(dn) || virtualRoutingPoints.contains(dn) || voiceTreatmentPorts.containsKey(dn)
                || extensions.containsKey(dn)) {
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

    public boolean isVoiceTreatmentPort(String dn) {
        return voiceTreatmentPorts.containsKey(dn);
    }
}
