package ccsim.model.sip;

import ccsim.core.message.SipUri;
import java.util.HashMap;
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

    public SwitchDns(TrunkDirectory trunks) {
        this.trunks = trunks;
    }

    public SwitchDns routingPoint(String dn) {
        routingPoints.add(dn);
        return this;
    }

    public SwitchDns virtualRoutingPoint(String dn) {
        virtualRoutingPoints.add(dn);
        return this;
    }

    public SwitchDns voiceTreatmentPort(String dn, SipUri ipcs, String subscriptionId) {
        voiceTreatmentPorts.put(dn, new Endpoint(dn, ipcs, subscriptionId));
        return this;
    }

    public SwitchDns extension(String dn, SipUri phone) {
        extensions.put(dn, new Endpoint(dn, phone, null));
        return this;
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
