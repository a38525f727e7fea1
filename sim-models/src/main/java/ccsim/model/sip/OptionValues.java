package ccsim.model.sip;

import java.util.Map;

/** Option values as set on an Application or a DN, read with the seed's defaults filled in. */
public record OptionValues(Map<String, String> values) {

    public OptionValues {
        values = Map.copyOf(values);
    }

    /** The value set, else the documented default (null for options without one). */
    public String get(SipServerOption option) {
        return values.getOrDefault(option.key(), option.defaultValue());
    }

    public boolean isTrue(SipServerOption option) {
        return "true".equals(get(option));
    }
}
