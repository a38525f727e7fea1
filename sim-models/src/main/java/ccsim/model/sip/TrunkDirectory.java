package ccsim.model.sip;

import ccsim.core.message.SipUri;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Trunk and Trunk Group DNs of the SIP Server switch, looked up by dialed-number prefix and by name. */
public final class TrunkDirectory {

    /** A Trunk DN, its options, and its {@code contact} parsed (null when it has none). */
    public record Trunk(String name, OptionValues options, SipUri contactUri) {
        Trunk(String name, OptionValues options) {
            this(name, options, options.get(SipServerOption.CONTACT) == null ? null
                    : SipUri.parse(options.get(SipServerOption.CONTACT)));
        }

        /** A DN the switch does not have: what SIP Server knows of an IPCS missing from its configuration. */
        public static Trunk unconfigured(String name) {
            return new Trunk(name, new OptionValues(Map.of()), null);
        }

        public String prefix() {
            return options.get(SipServerOption.PREFIX);
        }
    }

    private final Map<String, Trunk> byName = new HashMap<>();
    private final List<Trunk> byPrefixLengthDescending = new ArrayList<>();
    private final Map<String, Trunk> byContactHostPort = new HashMap<>();
    private final Map<String, String> ipcsTrunkNames = new HashMap<>();

    public TrunkDirectory(List<DnConfig> dns) {
        for (DnConfig dn : dns) {
            if (dn.type() == DnType.TRUNK || dn.type() == DnType.TRUNK_GROUP) {
                Trunk t = new Trunk(dn.name(), new OptionValues(dn.options()));
                byName.put(dn.name(), t);
                if (t.prefix() != null) {
                    byPrefixLengthDescending.add(t);
                }
            }
        }
        byPrefixLengthDescending.sort(Comparator.comparingInt((Trunk t) -> t.prefix().length()).reversed());
        // looked up on every REFER: indexed once, the first trunk with a contact keeping it
        for (Trunk t : byName.values()) {
            if (t.contactUri() != null) {
                byContactHostPort.putIfAbsent(t.contactUri().hostPort(), t);
            }
        }
    }

    /** The Trunk DN whose {@code prefix} is the longest one that starts {@code dialedNumber}. */
    public Optional<Trunk> forDialedNumber(String dialedNumber) {
        for (Trunk t : byPrefixLengthDescending) {
            if (dialedNumber.startsWith(t.prefix())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The Trunk DN whose contact is {@code hostPort}, e.g. the gateway's. */
    public Optional<Trunk> byContact(String hostPort) {
        return Optional.ofNullable(byContactHostPort.get(hostPort));
    }

    public Optional<Trunk> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * {@link #ipcsTrunkName} of the IPCS at {@code host}, made once per host: a call to GVP names its IPCS
     * in a lookup here, in the Resource Manager's count and in the strategy's user data, and the same
     * string each time is hashed once and compared by identity.
     */
    public String ipcsTrunkNameOf(String host) {
        return ipcsTrunkNames.computeIfAbsent(host, TrunkDirectory::ipcsTrunkName);
    }

    /** The Trunk DN name of an IPCS: its IP address with the dots removed (guide Table 10). */
    public static String ipcsTrunkName(String ipAddress) {
        return ipAddress.replace(".", "");
    }
}
