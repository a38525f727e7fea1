package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import ccsim.scenario.SizingSearch;
import ccsim.scenario.SizingTarget;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SizingFilesTest {

    /** An interval's three outcomes: no calls to judge, no value up to the limit, an answer with its estimate. */
    @Test
    void eachIntervalsOutcomeHasItsRow() {
        Estimate at12 = new Estimate("service level", "ratio", 0.86, 0.03, 10);
        SizingSearch.Result met = new SizingSearch.Result(12, true, List.of(
                new SizingSearch.Step(11, new Estimate("service level", "ratio", 0.81, 0.03, 10),
                        Bound.Verdict.UNDECIDED),
                new SizingSearch.Step(12, at12, Bound.Verdict.MET)));
        SizingSearch.Result none = new SizingSearch.Result(-1, false, List.of(
                new SizingSearch.Step(40, new Estimate("service level", "ratio", 0.5, 0.03, 10),
                        Bound.Verdict.MISSED)));
        Table t = SizingFiles.intervals("agents", "service level", 40, List.of(
                new SizingSearch.IntervalResult(0, 0, null),
                new SizingSearch.IntervalResult(1, 1800, none),
                new SizingSearch.IntervalResult(2, 3600, met)));
        assertEquals(List.of("interval", "start_s", "status", "smallest_agents", "undecided_below", "mean_at_smallest",
                "ci95_half_width_at_smallest", "measure"), t.columnNames());
        assertEquals(List.of("no calls", "none up to 40", "met"), t.stringColumn("status").asList());
        assertEquals(2, t.intColumn("smallest_agents").countMissing());
        assertEquals(12, t.intColumn("smallest_agents").get(2));
        assertEquals(true, t.booleanColumn("undecided_below").get(2));
        assertEquals(0.86, t.doubleColumn("mean_at_smallest").get(2));
        assertEquals(0.03, t.doubleColumn("ci95_half_width_at_smallest").get(2));
    }
}
