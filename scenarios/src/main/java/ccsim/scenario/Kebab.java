package ccsim.scenario;

import java.util.Locale;

/** How scenario files and outputs spell enum values: STAND_ALONE is stand-alone. */
public final class Kebab {
    private Kebab() {
    }

    public static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
