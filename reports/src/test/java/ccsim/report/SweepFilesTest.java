package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import ccsim.report.chart.SweepChart;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SweepFilesTest {
    private static List<Estimate> point(double serviceLevel, double half) {
        return List.of(new Estimate("service level", "ratio", serviceLevel, half, 5));
    }

    /** x is the numeric field, whatever its --vary position; each value of the other field is a line. */
    @Test
    void eachOtherFieldsValueIsALineAgainstTheNumericField() {
        List<String> fields = List.of("routing.queuing", "agentGroups[0].agents");
        List<List<String>> points = List.of(List.of("gvp", "12"), List.of("gvp", "10"),
                List.of("stream-manager", "12"), List.of("stream-manager", "10"));
        List<List<Estimate>> results = List.of(point(0.81, 0.02), point(0.61, 0.04), point(0.82, 0.03),
                point(0.6, 0.05));
        List<SweepChart> charts = SweepFiles.charts(fields, points, results, List.of("service level"));
        assertEquals(1, charts.size());
        SweepChart c = charts.get(0);
        assertEquals("sweep-service-level", c.id());
        assertEquals("service level against agentGroups[0].agents", c.title());
        assertEquals(List.of("routing.queuing=gvp", "routing.queuing=stream-manager"), c.series());
        Table t = c.data();
        assertEquals(List.of(10.0, 12.0), t.doubleColumn("x").asList(), "the swept values in order");
        assertEquals(List.of(0.61, 0.81), t.doubleColumn("routing.queuing=gvp").asList());
        assertEquals(List.of(0.05, 0.03), t.doubleColumn("routing.queuing=stream-manager ci95").asList());
        assertEquals(2, c.chart().getXYPlot().getDataset().getSeriesCount());
    }

    @Test
    void aSweepOverNamesOnlyHasNoChart() {
        assertEquals(List.of(), SweepFiles.charts(List.of("routing.queuing"), List.of(List.of("gvp"),
                List.of("stream-manager")), List.of(point(0.8, 0.01), point(0.8, 0.01)), List.of("service level")));
    }
}
