package ccsim.model.sip;

import java.util.List;
import java.util.Optional;

/**
 * The SIP Server options the integration guide documents, with their defaults and valid values
 * (guide Appendix B, and Tables 9 and 10 for the Trunk DN options {@code contact} and {@code prefix}).
 */
public enum SipServerOption {
    EVENT_RINGING_ON_100TRYING("event-ringing-on-100trying", "false", Level.BOTH, "true", "false"),
    OVERRIDE_TO_ON_DIVERT("override-to-on-divert", "false", Level.APPLICATION, "true", "false"),
    SIP_REFER_TO_SST_ENABLED("sip-refer-to-sst-enabled", "true", Level.APPLICATION, "true", "false"),
    HANDLE_VSP("handle-vsp", "no", Level.APPLICATION, "requests", "events", "all", "no"),
    /** extrouter section: match an inbound ISCC call only once (guide ch.3 sets it false for GVP In-Front). */
    MATCH_CALL_ONCE("match-call-once", "true", Level.APPLICATION, "true", "false"),
    REFER_ENABLED("refer-enabled", "true", Level.DN, "true", "false"),
    STRAIGHT_FORWARD("straight-forward", "false", Level.DN, "true", "false"),
    SUBSCRIPTION_ID("subscription-id", null, Level.DN),
    CONTACT("contact", null, Level.DN),
    PREFIX("prefix", null, Level.DN);

    /** Where an option may be set: the Application's options, a DN's Annex, or both. */
    public enum Level { APPLICATION, DN, BOTH }

    private final String key;
    private final String defaultValue;
    private final Level level;
    private final List<String> validValues;

    SipServerOption(String key, String defaultValue, Level level, String... validValues) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.level = level;
        this.validValues = List.of(validValues);
    }

    /** The option's name in Configuration Manager. */
    public String key() {
        return key;
    }

    /** The documented default, or null where the guide gives none (NULL). */
    public String defaultValue() {
        return defaultValue;
    }

    /** The documented values; empty when any string is valid. */
    public List<String> validValues() {
        return validValues;
    }

    public boolean allowedOnApplication() {
        return level != Level.DN;
    }

    public boolean allowedOnDn() {
        return level != Level.APPLICATION;
    }

    public boolean accepts(String value) {
        return validValues.isEmpty() || validValues.contains(value);
    }

    public static Optional<SipServerOption> byKey(String key) {
        for (SipServerOption o : values()) {
            if (o.key.equals(key)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
