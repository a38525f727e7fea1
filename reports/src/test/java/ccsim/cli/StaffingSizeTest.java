package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * size --per-interval on an agent group searches a staffing profile: on the Behind sample's flat load the
 * intervals' answers agree (their ranges share a value), and staffing.yaml, set in the scenario, is the
 * profile whose run confirmed every interval: ccsim run with it gives the same numbers interval by interval.
 */
class StaffingSizeTest {
    private static final String BEHIND = Path.of("..", "scenarios", "behind-stream-manager-queuing.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void aFlatLoadGetsOneAnswerAndTheProfileConfirmsItself() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", BEHIND, "--target", "serviceLevel>=0.8", "--vary", "agentGroups[0].agents",
                "--per-interval", "--replications", "40", "--set", "run.interval=1h", "--out", tmp.resolve("s").toString());
        assertEquals(0, code, err.toString() + out);
        Table t = Table.read().csv(tmp.resolve("s").resolve("size-intervals.csv").toFile());
        int low = 0;
        int high = Integer.MAX_VALUE;
        for (int j = 0; j < t.rowCount(); j++) {
            low = Math.max(low, t.intColumn("fewest_that_may_meet").get(j));
            high = Math.min(high, t.intColumn("agents").get(j));
            assertTrue(t.doubleColumn("mean").get(j) - t.doubleColumn("ci95_half_width").get(j) >= 0.8,
                    "the confirming run meets the target in interval " + j);
        }
        assertTrue(low <= high, "on a flat load the intervals' ranges share a value: " + t.print());

        String staffing = Files.readString(tmp.resolve("s").resolve("staffing.yaml")).strip()
                .substring("staffing: ".length());
        int peak = t.intColumn("agents").asList().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(0, ccsim(new StringWriter(), err, "run", BEHIND, "--replications", "40", "--set", "run.interval=1h",
                "--set", "agentGroups[0].agents=" + peak, "--set", "agentGroups[0].staffing=" + staffing, "--out",
                tmp.resolve("r").toString()), err.toString());
        Table intervals = Table.read().csv(tmp.resolve("r").resolve("intervals.csv").toFile());
        Table sl = intervals.where(intervals.stringColumn("measure").isEqualTo("service level"));
        assertEquals(t.rowCount(), sl.rowCount());
        for (int j = 0; j < t.rowCount(); j++) {
            assertEquals(t.doubleColumn("mean").get(j), sl.doubleColumn("mean").get(j), 0, "interval " + j);
        }
        assertTrue(Files.readString(tmp.resolve("s").resolve("size.html")).contains("chart-staffing"));
    }
}
