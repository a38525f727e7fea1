package ccsim.core.stats;

import java.util.Locale;

/**
 * A planning bound on a measure, at most or at least a value (blocking at most 0.01, service level at
 * least 0.8), and how an estimate stands against it: one rule for the report's targets, the
 * terminal's and the sizing search's.
 */
public record Bound(boolean atMost, double value) {

    /** How an estimate stands against a bound, judged on its 95% confidence interval. */
    public enum Verdict {
        MET, UNDECIDED, MISSED;

        /** "met", "undecided", "missed". */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * MET when the whole interval meets the bound, MISSED when none of it does, else UNDECIDED. With
     * one replication there is no interval, and the mean decides.
     */
    public Verdict judge(Estimate e) {
        double half = Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth();
        if (meets(atMost ? e.mean() + half : e.mean() - half)) {
            return Verdict.MET;
        }
        return meets(atMost ? e.mean() - half : e.mean() + half) ? Verdict.UNDECIDED : Verdict.MISSED;
    }

    private boolean meets(double v) {
        return atMost ? v <= value : v >= value;
    }

    /** The bound as a reader says it: "≤ 0.01", "≥ 0.8". */
    public String describe() {
        return (atMost ? "≤ " : "≥ ") + value;
    }
}
