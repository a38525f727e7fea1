package ccsim.scenario;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as planners write them: {@code 90s}, {@code 30m}, {@code 8h}, {@code 2ms}, or a number of seconds. */
public final class Durations {
    private static final Pattern FORMAT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h|d)?\\s*");

    static final String EXPECTED = "a duration such as 250ms, 90s, 30m, 8h, 1d, or a number of seconds";

    private Durations() {
    }

    /** Parses {@code text}; throws IllegalArgumentException naming the accepted forms. */
    static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not " + EXPECTED);
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double seconds = switch (unit) {
            case "ms" -> value / 1000;
            case "m" -> value * 60;
            case "h" -> value * 3600;
            case "d" -> value * 86400;
            default -> value;
        };
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** Seconds since the start of the run as a clock reads them, h:mm (to the minute): 0:00, 8:30, 26:00. */
    public static String clock(double seconds) {
        long minutes = Math.round(seconds / 60);
        return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    /** A duration as a planner writes it: 8h, 30m, 90s, 250ms, or 1h30m. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            b.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0 || b.length() == 0) {
            b.append(s).append('s');
        }
        return b.toString();
    }

    static double seconds(String text) {
        Duration d = parse(text);
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
