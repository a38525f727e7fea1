package ccsim.report;

import ccsim.core.stats.Estimate;
import java.util.List;
import java.util.Locale;

/** The key figures of a run as a fixed-width table for the terminal. */
public final class TerminalTable {
    private TerminalTable() {
    }

    public static String render(String title, List<Estimate> estimates) {
        int width = Math.max("measure".length(), estimates.stream().mapToInt(e -> e.measure().length()).max()
                .orElse(0));
        StringBuilder b = new StringBuilder(title).append('\n');
        String format = "%-" + width + "s  %14s  %12s  %s%n";
        b.append(String.format(Locale.ROOT, format, "measure", "mean", "± 95% CI", "unit"));
        b.append("-".repeat(width + 2 + 14 + 2 + 12 + 2 + 6)).append('\n');
        for (Estimate e : estimates) {
            b.append(String.format(Locale.ROOT, format, e.measure(), number(e.mean()), number(e.halfWidth()),
                    e.unit()));
        }
        return b.toString();
    }

    /** Four significant figures, no exponent for the magnitudes a planner meets. */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "-";
        }
        double a = Math.abs(x);
        if (a == 0 || (a >= 0.001 && a < 1e9)) {
            int decimals = a == 0 ? 0 : Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
            return String.format(Locale.ROOT, "%,." + decimals + "f", x);
        }
        return String.format(Locale.ROOT, "%.3e", x);
    }
}
