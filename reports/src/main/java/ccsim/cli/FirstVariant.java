package ccsim.cli;

import ccsim.scenario.Variant;
import java.util.List;

/** What sweep and size say of a scenario that lists variants: they run its first, which a run compares against. */
final class FirstVariant {
    private FirstVariant() {
    }

    /** A line naming the variant the command works on ({@code doing}: "sizing"), or nothing without variants. */
    static String notice(List<Variant> variants, String doing) {
        if (variants.size() < 2) {
            return "";
        }
        return "The scenario lists " + variants.size() + " variants: " + doing + " the first, " + variants.get(0).name()
                + " (give another's fields with --set)." + System.lineSeparator();
    }
}
