package ccsim.report;

import ccsim.core.stats.Bound;
import ccsim.scenario.SizingSearch;
import ccsim.scenario.SizingTarget;
import java.util.Collections;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The CSV files of a sizing search: size.csv, the runs it made, or size-intervals.csv, each
 * reporting interval's answer (a requirement per interval, for a planner's rostering tool).
 */
public final class SizingFiles {
    private SizingFiles() {
    }

    /**
     * One row per run, in the order of the values: the variant sized, the value, the estimate, its verdict,
     * and which value is the answer.
     */
    public static Table runs(String variant, String field, SizingSearch.Result result) {
        List<SizingSearch.Step> steps = result.steps();
        return Table.create("size",
                StringColumn.create("variant", Collections.nCopies(steps.size(), variant)),
                IntColumn.create(field, steps.stream().mapToInt(SizingSearch.Step::value).toArray()),
                StringColumn.create("measure", steps.stream().map(s -> s.estimate().measure()).toList()),
                DoubleColumn.create("mean", steps.stream().mapToDouble(s -> s.estimate().mean())),
                DoubleColumn.create("ci95_half_width", steps.stream().mapToDouble(s -> s.estimate().halfWidth())),
                StringColumn.create("unit", steps.stream().map(s -> s.estimate().unit()).toList()),
                IntColumn.create("replications", steps.stream().mapToInt(s -> s.estimate().replications()).toArray()),
                StringColumn.create("verdict", steps.stream().map(s -> s.verdict().word()).toList()),
                BooleanColumn.create("answer", steps.stream().map(s -> s.value() == result.smallest()).toList()));
    }

    /**
     * One row per reporting interval: its answer (empty when there is none), whether the value below
     * it is undecided, and the interval's estimate at the answer.
     */
    public static Table intervals(String field, String measure, int limit, List<SizingSearch.IntervalResult> answers) {
        IntColumn interval = IntColumn.create("interval");
        DoubleColumn start = DoubleColumn.create("start_s");
        StringColumn status = StringColumn.create("status");
        IntColumn smallest = IntColumn.create("smallest_" + field);
        BooleanColumn undecided = BooleanColumn.create("undecided_below");
        DoubleColumn mean = DoubleColumn.create("mean_at_smallest");
        DoubleColumn half = DoubleColumn.create("ci95_half_width_at_smallest");
        for (SizingSearch.IntervalResult a : answers) {
            interval.append(a.interval());
            start.append(a.start());
            SizingSearch.Result r = a.result();
            SizingSearch.Step at = r == null ? null
                    : r.steps().stream().filter(s -> s.value() == r.smallest()).findFirst().orElse(null);
            status.append(r == null ? "no calls" : at == null ? "none up to " + limit : "met");
            if (at == null) {
                smallest.appendMissing();
                undecided.appendMissing();
                mean.appendMissing();
                half.appendMissing();
            } else {
                smallest.append(at.value());
                undecided.append(r.undecidedBelow());
                mean.append(at.estimate().mean());
                half.append(at.estimate().halfWidth());
            }
        }
        return Table.create("size-intervals", interval, start, status, smallest, undecided, mean, half,
                StringColumn.create("measure", Collections.nCopies(answers.size(), measure)));
    }
}
