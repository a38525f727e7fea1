package ccsim.model.config;

import java.util.Map;

/** A DN on the SIP Server switch, with the options of its Annex TServer section. */
public record DnConfig(String name, DnType type, Map<String, String> options) {

    public DnConfig {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
