package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * intervals.csv marks the warm-up's intervals, and the other intervals add up to summary.csv: the
 * intervals used to add up to more, counting the warm-up that summary.csv leaves out.
 */
class WarmUpIntervalsTest {
    @TempDir
    Path tmp;

    @Test
    void theIntervalsAfterTheWarmUpAddUpToTheSummary() throws IOException {
        CommandLine cl = Ccsim.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("run", Path.of("..", "scenarios", "standalone-sample.yaml").toString(), "--out",
                tmp.toString(), "--replications", "3", "--set", "run.horizon=2h", "--set", "run.warmUp=30m");
        assertEquals(0, code, err.toString());

        List<String> intervals = Files.readAllLines(tmp.resolve("intervals.csv"));
        assertEquals("interval,start_s,warm_up,measure,key,mean,ci95_half_width,unit,replications", intervals.get(0));
        double afterWarmUp = 0;
        double warmUp = 0;
        int warmUpIntervals = 0;
        for (String line : intervals.subList(1, intervals.size())) {
            String[] c = line.split(",");
            if (!c[3].equals("offered calls")) {
                continue;
            }
            boolean inWarmUp = Boolean.parseBoolean(c[2]);
            assertEquals(Double.parseDouble(c[1]) < 1800, inWarmUp, line);
            if (inWarmUp) {
                warmUp += Double.parseDouble(c[5]);
                warmUpIntervals++;
            } else {
                afterWarmUp += Double.parseDouble(c[5]);
            }
        }
        assertEquals(2, warmUpIntervals, "two 15-minute intervals in a 30-minute warm-up");
        assertTrue(warmUp > 0, "calls arrive in the warm-up too");
        String offered = Files.readAllLines(tmp.resolve("summary.csv")).stream()
                .filter(l -> l.startsWith("offered calls,")).findFirst().orElseThrow();
        assertEquals(Double.parseDouble(offered.split(",")[2]), afterWarmUp, 1e-9);
    }
}
