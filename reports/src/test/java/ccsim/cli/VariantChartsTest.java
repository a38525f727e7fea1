package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A what-if report opens with one chart per key measure, every variant side by side with its 95%
 * interval, whose numbers are summary.csv's (it used to chart the first variant only).
 */
class VariantChartsTest {
    @TempDir
    Path tmp;

    @Test
    void everyKeyMeasureIsChartedForEveryVariantFromTheSummary() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "run", "../scenarios/what-if-gvp-vs-stream-manager.yaml", "--out", tmp.toString(),
                "--replications", "3", "--set", "run.horizon=1h");
        assertEquals(0, code, err.toString());
        Table summary = Table.read().csv(tmp.resolve("summary.csv").toFile());
        List<String> variants = List.of("stream-manager-refer", "stream-manager-bridged", "gvp");
        String report = Files.readString(tmp.resolve("report.html"));
        assertTrue(report.indexOf("id=\"decision\"") < report.indexOf("id=\"comparison\""), "the decision first");
        for (String key : List.of("service-level", "abandonment-rate", "agent-occupancy-support")) {
            Table chart = Table.read().csv(tmp.resolve("charts").resolve("variants-" + key + ".csv").toFile());
            assertEquals(variants, chart.stringColumn("variant").asList(), key);
            for (int r = 0; r < chart.rowCount(); r++) {
                String variant = chart.stringColumn("variant").get(r);
                Table row = summary.where(summary.stringColumn("variant").isEqualTo(variant)
                        .and(summary.stringColumn("key").isEqualTo(key.replace('-', '_'))));
                assertEquals(1, row.rowCount(), key + " " + variant);
                assertEquals(row.doubleColumn("mean").get(0), chart.doubleColumn("mean").get(r), 0, key);
                assertEquals(row.doubleColumn("ci95_half_width").get(0), chart.doubleColumn("ci95_half_width").get(r),
                        0, key);
            }
            assertTrue(report.contains("<figure id=\"chart-variants-" + key + "\"><svg"), key);
        }
    }
}
