package ccsim.scenario;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import ccsim.model.MeasureCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sizing target such as {@code blocking<=0.01} or {@code service_level>=0.80}: a measure (by its
 * catalogue key, or its label named loosely: case, spaces and a prefix do not matter), a direction and a
 * bound.
 */
public record SizingTarget(String measure, boolean atMost, double bound, String text) {

    public static SizingTarget parse(String text) {
        String t = text.replace(" ", "");
        int at = t.indexOf("<=");
        boolean atMost = at >= 0;
        if (!atMost) {
            at = t.indexOf(">=");
        }
        if (at <= 0) {
            throw new IllegalArgumentException("--target " + text + ": expected measure<=value or measure>=value, "
                    + "e.g. blocking<=0.01 or serviceLevel>=0.8");
        }
        try {
            return new SizingTarget(t.substring(0, at), atMost, Double.parseDouble(t.substring(at + 2)), text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--target " + text + ": the bound must be a number", e);
        }
    }

    private static String key(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The measure of {@code summary} this target names; an error listing them if none or several. */
    public String resolve(List<Estimate> summary) {
        return resolveAmong(summary.stream().map(Estimate::measure).distinct().toList());
    }

    /**
     * The one measure of {@code measures} this target names: by its catalogue key ({@code
     * blocking_probability}), or its label loosely (case and spaces aside, a prefix will do); of several
     * that the prefix fits, the one whose label every other one extends (blocking: blocking probability,
     * not blocking probability at entry).
     */
    public String resolveAmong(List<String> measures) {
        Optional<String> byKey = MeasureCatalogue.labelOfKey(measure, measures);
        if (byKey.isPresent()) {
            return byKey.get();
        }
        String k = key(measure);
        List<String> exact = measures.stream().filter(m -> key(m).equals(k)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<String> prefix = measures.stream().filter(m -> key(m).startsWith(k)).toList();
        if (prefix.size() == 1) {
            return prefix.get(0);
        }
        List<String> extendedByAll = prefix.stream().filter(p -> prefix.stream().allMatch(m -> m.startsWith(p)))
                .toList();
        if (extendedByAll.size() == 1) {
            return extendedByAll.get(0);
        }
        throw new IllegalArgumentException("--target " + text + ": " + (prefix.isEmpty() ? "no measure is called '"
                + measure + "'" : "'" + measure + "' could be any of " + prefix) + "; measures: "
                + String.join(", ", measures));
    }

    /**
     * Refuses a bound that a measure of this {@code unit} can never meet, or always meets: a ratio lies
     * between 0 and 1, so {@code serviceLevel>=80} (80% meant) would search every value up to --max.
     */
    public void checkBound(String resolved, String unit) {
        RatioBound.problem(resolved, unit, atMost, bound).ifPresent(p -> {
            throw new IllegalArgumentException("--target " + text + ": " + p);
        });
    }

    /** How {@code e} stands against the target, judged on its 95% confidence interval. */
    public Bound.Verdict judge(Estimate e) {
        return new Bound(atMost, bound).judge(e);
    }
}
