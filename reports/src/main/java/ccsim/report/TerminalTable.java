package ccsim.report;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.PairedDifference;
import ccsim.core.stats.Summary;
import ccsim.model.OutcomeReason;
import ccsim.model.config.TargetConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
            if (!shown(e.measure(), List.of(estimates))) {
                continue;
            }
            b.append(String.format(Locale.ROOT, format, e.measure(), number(e.mean()), number(e.halfWidth()),
                    e.unit()));
        }
        String undefined = undefinedNote(List.of(estimates));
        return b.append(undefined.isEmpty() ? "" : undefined + "\n").toString();
    }

    /**
     * Variants side by side: each measure's mean ± half-width per variant, then each variant's paired
     * difference against the first, starred when its 95% interval excludes zero.
     */
    public static String renderComparison(String title, List<String> names, List<List<Estimate>> summaries,
                                          List<List<PairedDifference>> differences) {
        // every measure of any variant: one may have a measure the others lack
        List<String> measures = Summary.union(summaries.stream().map(s -> s.stream().map(Estimate::measure).toList())
                .toList());
        int width = Math.max("measure".length(), measures.stream().mapToInt(String::length).max().orElse(0));
        StringBuilder b = new StringBuilder(title).append('\n');
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "measure"));
        for (String n : names) {
            header.append(String.format(Locale.ROOT, "  %22s", n));
        }
        for (int v = 1; v < names.size(); v++) {
            header.append(String.format(Locale.ROOT, "  %24s", "Δ " + names.get(v)));
        }
        b.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        for (String measure : measures) {
            if (!shown(measure, summaries)) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", measure));
            for (List<Estimate> summary : summaries) {
                Estimate x = summary.stream().filter(y -> y.measure().equals(measure)).findFirst().orElse(null);
                row.append(String.format(Locale.ROOT, "  %22s", x == null ? "-"
                        : number(x.mean()) + " ± " + number(x.halfWidth())));
            }
            for (List<PairedDifference> diffs : differences) {
                PairedDifference d = diffs.stream().filter(y -> y.measure().equals(measure)).findFirst()
                        .orElse(null);
                row.append(String.format(Locale.ROOT, "  %24s", d == null ? "-"
                        : (d.mean() > 0 ? "+" : "") + number(d.mean()) + " ± " + number(d.halfWidth())
                        + (d.significant() ? " *" : "  ")));
            }
            b.append(row).append('\n');
        }
        b.append("Δ: paired difference against ").append(names.get(0))
                .append(" over the same callers; * its 95% interval excludes zero.\n");
        if (summaries.stream().anyMatch(s -> s.size() < measures.size())) {
            b.append("A measure a variant does not have shows -: its deployment has nothing that measure counts.\n");
        }
        String undefined = undefinedNote(summaries);
        return b.append(undefined.isEmpty() ? "" : undefined + "\n").toString();
    }

    /**
     * The planning targets of the first variant's scenario, each judged on every variant's own 95%
     * interval (against that variant's target on the measure, which is the same unless a variant sets
     * targets of its own): met, undecided or missed, one column per variant. Empty without targets.
     */
    public static String targets(List<String> names, List<List<TargetConfig>> targets, List<List<Estimate>> summaries) {
        if (targets.get(0).isEmpty()) {
            return "";
        }
        List<String> labels = targets.get(0).stream().map(t -> t.measure() + " " + t.bound().describe()).toList();
        int width = Math.max("target".length(), labels.stream().mapToInt(String::length).max().orElse(0));
        StringBuilder b = new StringBuilder("Targets, judged on the 95% confidence interval:\n");
        if (names.size() > 1) {
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "target"));
            names.forEach(n -> header.append(String.format(Locale.ROOT, "  %22s", n)));
            b.append(header).append('\n');
        }
        List<String> caveats = new ArrayList<>();
        for (int t = 0; t < labels.size(); t++) {
            String measure = targets.get(0).get(t).measure();
            b.append(String.format(Locale.ROOT, "%-" + width + "s", labels.get(t)));
            for (int v = 0; v < names.size(); v++) {
                Estimate e = summaries.get(v).stream().filter(x -> x.measure().equals(measure)).findFirst().orElse(null);
                TargetConfig own = targets.get(v).stream().filter(x -> x.measure().equals(measure)).findFirst()
                        .orElse(null);
                Bound.Verdict verdict = e == null || own == null ? null : own.bound().judge(e);
                String word = verdict == null ? "-" : verdict.word()
                        + (own.bound().equals(targets.get(0).get(t).bound()) ? "" : " (" + own.bound().describe() + ")");
                if (verdict == Bound.Verdict.MET) {
                    String variant = names.size() > 1 ? " (" + names.get(v) + ")" : "";
                    Optional<String> caveat = LossCaveat.of(measure, summaries.get(v));
                    if (caveat.isPresent()) {
                        word += " *";
                        caveats.add("* " + labels.get(t) + variant + ": " + caveat.get());
                    }
                }
                b.append(names.size() > 1 ? String.format(Locale.ROOT, "  %22s", word) : "  " + word);
            }
            b.append('\n');
        }
        caveats.forEach(c -> b.append(c).append('\n'));
        return b.toString();
    }

    /**
     * Whether a row is worth a line: a count of calls by reason (why calls were blocked, failed or
     * abandoned) only where some variant counted some; every other measure always.
     */
    public static boolean shown(String measure, List<List<Estimate>> summaries) {
        return !OutcomeReason.isBreakdown(measure) || summaries.stream().flatMap(List::stream)
                .anyMatch(e -> e.measure().equals(measure) && !(e.mean() == 0 && e.halfWidth() == 0));
    }

    /**
     * What a "-" mean says, when some measure (in some variant) has one: no replication counted anything
     * towards it (blocking of a pool no call type needs: a ratio of zero calls). Empty when every mean is a
     * number.
     */
    public static String undefinedNote(List<List<Estimate>> summaries) {
        List<String> undefined = summaries.stream().flatMap(List::stream).filter(e -> Double.isNaN(e.mean()))
                .map(Estimate::measure).distinct().toList();
        if (undefined.isEmpty()) {
            return "";
        }
        return "-: no value, since no replication counted a call towards it (a ratio of zero calls): "
                + String.join(", ", undefined) + ".";
    }

    /** Four significant figures, as plain decimals for the magnitudes a planner meets (never 6.048e-04). */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "-";
        }
        double a = Math.abs(x);
        if (a < 1e-9) {
            // floating-point noise around zero (a difference of ±4e-15), not a quantity a planner reads
            return "0";
        }
        if (a < 1e9) {
            // small values as plain decimals with four significant figures: 0.0002065, never 2.065e-04
            int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
            return String.format(Locale.ROOT, "%,." + decimals + "f", x);
        }
        return String.format(Locale.ROOT, "%.3e", x);
    }
}
