package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import ccsim.model.config.TargetConfig;
import ccsim.report.chart.SweepChart;
import ccsim.report.html.SweepPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        XYDataset drawn = c.chart().getXYPlot().getDataset();
        assertEquals(2, drawn.getSeriesCount());
        // drawn a twentieth of the 2-agent spacing either side of 10, so that equal lines do not hide each other
        assertEquals(9.9, drawn.getXValue(0, 0), 1e-9);
        assertEquals(10.1, drawn.getXValue(1, 0), 1e-9);
        assertEquals(0.61, drawn.getYValue(0, 0), 1e-12);
    }

    @Test
    void aSweepOverNamesOnlyHasNoChart() {
        assertEquals(List.of(), SweepFiles.charts(List.of("routing.queuing"), List.of(List.of("gvp"),
                List.of("stream-manager")), List.of(point(0.8, 0.01), point(0.8, 0.01)), List.of("service level")));
    }

    /**
     * A measure with one value and no interval at every point (no blocking anywhere) gets no chart; one
     * whose value is the same but whose interval is not zero is still drawn, since its error bars say something.
     */
    @Test
    void aMeasureTheSameAtEveryPointWithNoIntervalIsNotCharted(@TempDir Path tmp) throws Exception {
        List<List<Estimate>> results = List.of(
                List.of(new Estimate("blocking probability", "ratio", 0, 0, 5),
                        new Estimate("service level", "ratio", 0.8, 0.02, 5)),
                List.of(new Estimate("blocking probability", "ratio", 0, 0, 5),
                        new Estimate("service level", "ratio", 0.8, 0.03, 5)));
        assertTrue(SweepFiles.flat(results, "blocking probability"));
        assertFalse(SweepFiles.flat(results, "service level"));
        List<SweepChart> charts = SweepFiles.charts(List.of("ipcs[*].ports"), List.of(List.of("20"), List.of("22")),
                results, List.of("blocking probability", "service level"));
        assertEquals(List.of("sweep-service-level"), charts.stream().map(SweepChart::id).toList());

        SweepPage sweep = new SweepPage("t", "s", List.of("ipcs[*].ports"), List.of(List.of("20"), List.of("22")),
                results, List.of("blocking probability", "service level"), charts,
                List.of(List.of(new TargetConfig("service level", 0.775, null)),
                        List.of(new TargetConfig("service level", 0.775, null))));
        OutputFolder.write(tmp, "sweep", sweep::write);
        String page = Files.readString(tmp.resolve("sweep.html"));
        // 0.8 ± 0.02 lies wholly above 0.775; 0.8 ± 0.03 reaches 0.77, below it
        assertTrue(page.contains("<span class=\"ok\">all met</span>"), page);
        assertTrue(page.contains("<span class=\"undecided\">undecided: service level</span>"), page);
        assertTrue(page.contains("Not charted, the same at every point: blocking probability (0)."), page);
        assertFalse(page.contains("No field was swept over numbers"), page);
    }
}
