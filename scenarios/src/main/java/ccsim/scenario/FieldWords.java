package ccsim.scenario;

import ccsim.core.network.Address;
import ccsim.model.config.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario field as a planner says it, for axes, legends and headers: "agents in group support" for
 * {@code agentGroups[0].agents}, "ports of every IPCS" for {@code ipcs[*].ports}. A field this class
 * has no words for is written as its words split at the capitals ("routing transfer method").
 */
public final class FieldWords {
    /** The scenario's top-level names, as a planner writes them. */
    private static final Map<String, String> NAMES = Map.of("streamManager", "Stream Manager", "ipcs", "IPCS",
            "agentGroups", "group", "callTypes", "call type", "resourceManager", "Resource Manager", "sipServer",
            "SIP Server", "urs", "URS", "ivrServer", "IVR Server");

    private FieldWords() {
    }

    public static String of(FieldPath path, Scenario s) {
        List<Object> seg = path.segments();
        if (seg.size() == 3 && seg.get(0) instanceof String list && seg.get(2) instanceof String field) {
            String item = item(list, seg.get(1), s);
            if (list.equals("agentGroups") && field.equals("agents")) {
                return "agents in " + item;
            }
            return words(field) + " of " + item;
        }
        if (seg.size() == 2 && seg.get(0) instanceof String object && seg.get(1) instanceof String field) {
            return name(object) + " " + words(field);
        }
        return path.toString();
    }

    /** "group support", "every group", "IPCS 172.21.11.15": the item of a list the field belongs to. */
    private static String item(String list, Object index, Scenario s) {
        String kind = name(list);
        if (FieldPath.EVERY.equals(index)) {
            return "every " + kind;
        }
        int i = (Integer) index;
        String name = switch (list) {
            case "agentGroups" -> i < s.agentGroups().size() ? s.agentGroups().get(i).name() : null;
            case "callTypes" -> i < s.callTypes().size() ? s.callTypes().get(i).name() : null;
            case "ipcs" -> i < s.ipcs().size() ? Address.parse(s.ipcs().get(i).address()).host() : null;
            default -> null;
        };
        return kind + " " + (name == null ? "#" + (i + 1) : name);
    }

    private static String name(String field) {
        return NAMES.getOrDefault(field, words(field));
    }

    /** "transferMethod" as "transfer method". */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
