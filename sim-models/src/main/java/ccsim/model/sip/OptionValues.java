package ccsim.model.sip;

import java.util.Map;

/**
 * Option values as set on an Application or a DN, read with the guide's defaults filled in. Resolved
 * once per option when made, as SIP Server reads them on every call (is the caller's trunk
 * refer-enabled, does the port's DN report ringing on 100 Trying), not looked up by name each time.
 */
public final class OptionValues {
    private static final SipServerOption[] OPTIONS = SipServerOption.values();
    private final String[] value = new String[OPTIONS.length];
    private final boolean[] truth = new boolean[OPTIONS.length];

    public OptionValues(Map<String, String> set) {
        for (SipServerOption o : OPTIONS) {
            value[o.ordinal()] = set.getOrDefault(o.key(), o.defaultValue());
            truth[o.ordinal()] = "true".equals(value[o.ordinal()]);
        }
    }

    /** The value set, else the documented default (null for options without one). */
    public String get(SipServerOption option) {
        return value[option.ordinal()];
    }

    public boolean isTrue(SipServerOption option) {
        return truth[option.ordinal()];
    }
}
