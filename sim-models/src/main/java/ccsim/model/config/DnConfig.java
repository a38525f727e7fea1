package ccsim.model.config;

import ccsim.core.message.SipUri;
import java.util.Map;

/** A DN on the SIP Server switch, with the options of its Annex TServer section. */
public record DnConfig(String name, DnType type, Map<String, String> options) {

    public DnConfig {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** Whether the DN's contact option is the SIP address {@code hostPort}; false without one or when malformed. */
    public boolean pointsTo(String hostPort) {
        String contact = options.get("contact");
        try {
            return contact != null && SipUri.parse(contact).hostPort().equals(hostPort);
        } catch (IllegalArgumentException e) {
            // a malformed contact is reported by the scenario check; it points nowhere
            return false;
        }
    }
}
