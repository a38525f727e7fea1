package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SizeCommandTest {
    private static final Path SAMPLE = Path.of("..", "scenarios", "standalone-sample.yaml");

    /** One answer, a port count, per reporting interval, from runs listed as they are made. */
    @Test
    void perIntervalGivesAnAnswerForEachInterval() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "blockingProbability<=0.05", "--vary",
                "ipcs[*].ports", "--per-interval", "--replications", "4", "--set", "run.horizon=2h",
                "--set", "run.warmUp=0s", "--set", "run.interval=1h");
        assertEquals(0, code, err.toString() + out);
        Matcher m = Pattern.compile("(?m)^  ([01]:00) +(\\d+)").matcher(out.toString());
        List<String> intervals = m.results().map(r -> r.group(1)).toList();
        assertEquals(List.of("0:00", "1:00"), intervals, out.toString());
        assertTrue(out.toString().contains("ran ipcs[*].ports = "), out.toString());
    }

    @Test
    void aTargetOnAMeasureWithoutIntervalsIsRefusedNamingThoseThatHaveThem() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "postDialDelay<=1", "--vary",
                "ipcs[*].ports", "--per-interval");
        assertEquals(2, code);
        assertTrue(err.toString().contains("no measure is called 'postDialDelay'")
                && err.toString().contains("blocking probability"), err.toString());
        assertEquals("", out.toString());
    }
}
