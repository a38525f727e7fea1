package ccsim.report;

import ccsim.core.stats.Estimate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A target on how well waiting callers are served (service level, abandonment, waits) can be met only
 * because callers were lost before they could wait: blocked at entry or failed. Where more than 1% of
 * the calls were, a "met" verdict says so instead of reading as a good design.
 */
public final class LossCaveat {
    /** Above this share of calls blocked or failed, a queue measure's "met" is qualified. */
    public static final double THRESHOLD = 0.01;

    /** The measures that look better when callers are lost before they reach the queue. */
    private static final Set<String> IMPROVED_BY_LOSSES = Set.of("service level", "abandonment rate",
            "average speed of answer", "mean time waiting", "probability of waiting", "queue length",
            "peak queue length", "agent occupancy");

    private LossCaveat() {
    }

    /** The share of calls (first attempts and redials) blocked or failed, or empty when it is 1% or less. */
    public static Optional<Double> lostShare(List<Estimate> summary) {
        double offered = mean(summary, "offered calls") + mean(summary, "redial attempts");
        if (!(offered > 0)) {
            return Optional.empty();
        }
        double lost = (mean(summary, "calls blocked") + mean(summary, "calls failed")) / offered;
        return lost > THRESHOLD ? Optional.of(lost) : Optional.empty();
    }

    /** Whether a "met" on {@code measure} would owe something to callers lost first. */
    public static boolean applies(String measure) {
        return IMPROVED_BY_LOSSES.stream().anyMatch(m -> measure.equals(m) || measure.startsWith(m + " "));
    }

    /** "met only because 9.3% of calls were blocked or failed first", for a met target on a queue measure. */
    public static Optional<String> of(String measure, List<Estimate> summary) {
        if (!applies(measure)) {
            return Optional.empty();
        }
        return lostShare(summary).map(share -> String.format(Locale.ROOT,
                "met only because %.1f%% of calls were blocked or failed first", 100 * share));
    }

    private static double mean(List<Estimate> summary, String measure) {
        return summary.stream().filter(e -> e.measure().equals(measure)).mapToDouble(Estimate::mean).findFirst()
                .orElse(0);
    }
}
