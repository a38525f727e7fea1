package ccsim.cli;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import ccsim.report.TerminalTable;
import ccsim.scenario.FieldPath;
import ccsim.scenario.SizingSearch;
import java.util.List;

/**
 * Whether the resource a search sizes was in excess in a run: nobody waited for an agent, no call was
 * refused for want of a port or a treatment. Two such runs whose measure agrees show that more of the
 * resource cannot meet the target.
 */
final class Slack {
    private Slack() {
    }

    /** Below this the resource did not bind: at most one call in 2,000 waited or was refused for it. */
    private static final double NEGLIGIBLE = 0.0005;

    static boolean of(FieldPath path, List<Estimate> summary) {
        String field = path.toString();
        if (field.contains("agents")) {
            return upper(summary, "probability of waiting") <= NEGLIGIBLE;
        }
        if (field.startsWith("streamManager")) {
            return upper(summary, "Stream Manager refused treatments") == 0;
        }
        if (field.startsWith("ipcs")) {
            return upper(summary, "blocking probability at entry") <= NEGLIGIBLE
                    && upper(summary, "IPCS refusals (every port busy)") == 0;
        }
        return false;
    }

    /** The upper end of the measure's 95% interval; infinite when the run has no such measure. */
    private static double upper(List<Estimate> summary, String measure) {
        return summary.stream().filter(e -> e.measure().equals(measure) && !Double.isNaN(e.mean()))
                .mapToDouble(e -> e.mean() + (Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth())).findFirst()
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** Why the search stopped: the two runs, and what caps the measure where that is known. */
    static String explain(FieldPath path, String measure, SizingSearch.Plateau p) {
        String why = path.toString().contains("agents") && measure.equals("service level")
                ? " Service level then counts callers who hang up while an agent's phone rings (agentGroups[]."
                + "answerDelay) or who give up within the threshold: a lower target, or routing.serviceLevelDefinition "
                + "answered or short-abandons-excluded, is what can be met."
                : "";
        boolean missed = p.upper().verdict() == Bound.Verdict.MISSED;
        return (missed ? "No value meets the target" : "More cannot settle the target") + ": at " + path + " = "
                + p.lower().value() + " and " + p.upper().value() + " the resource was in excess (nobody waited for "
                + "it or was refused for want of it), and " + measure + " stayed at "
                + TerminalTable.number(p.lower().estimate().mean()) + " ± "
                + TerminalTable.number(p.lower().estimate().halfWidth()) + " and "
                + TerminalTable.number(p.upper().estimate().mean()) + " ± "
                + TerminalTable.number(p.upper().estimate().halfWidth()) + (missed ? ": more cannot meet it."
                : ": more does not change it, and its interval cannot tell whether it meets the target; more "
                + "replications would.") + why;
    }
}
