package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), regex + " not in:\n" + out);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    private static String benchOfTheSample() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, CommandLineRun.ccsim(out, err, "bench", "../scenarios/standalone-sample.yaml"), err.toString());
        return out.toString();
    }

    /**
     * The allocation line: every delivered message allocates at least its arrival object (a header and
     * seven fields, over 40 bytes), so the bytes counted cannot be fewer than 40 per message.
     */
    @Test
    void printsTheBytesTheModelAllocatedPerEvent() {
        String o = benchOfTheSample();
        double messages = number(o, "messages delivered\\s+([0-9,]+)");
        double events = number(o, "model events\\s+([0-9,]+)");
        double bytes = 1e6 * number(o, "allocated\\s+([0-9,]+) MB");
        double perEvent = number(o, "MB = ([0-9,]+) bytes per event");
        assertTrue(bytes + 0.5e6 >= 40 * messages, o);
        // both figures are rounded: the megabytes to within half a megabyte, the bytes per event to within half a byte
        assertEquals(bytes / events, perEvent, 0.5e6 / events + 0.5, o);
    }

    /** The JIT line: the compilers' time during the runs is part of their time since the JVM started. */
    @Test
    void printsTheCompilersTime() {
        String o = benchOfTheSample();
        double during = number(o, "JIT compilation\\s+([0-9.]+) s");
        double total = number(o, "during the model runs, ([0-9.]+) s since the JVM started");
        // the model's code was compiled before or while it ran: the JVM has compiled something by now
        assertTrue(total > 0 && during <= total, o);
    }

    /**
     * --speedup: one round times a fresh 'ccsim run' on one thread and one on all cores; the ratio printed
     * is the quotient of the two times printed, and the median of one round is that round's. So is the
     * machine's own speed-up, against which the run's is given as a share, and on Linux each run's CPU
     * time with the bound that the one-thread run's CPU sets on the speed-up.
     */
    @Test
    void speedupTimesFreshRunsOnOneThreadAndOnAllCores() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int cores = Runtime.getRuntime().availableProcessors();
        int exit = CommandLineRun.ccsim(out, err, "bench", "../scenarios/standalone-sample.yaml", "--speedup",
                "--replications", "2", "--set", "run.horizon=1h");
        if (cores == 1) {
            assertEquals(2, exit);
            assertTrue(err.toString().contains("this machine has one"), err.toString());
            return;
        }
        assertEquals(0, exit, err.toString());
        String o = out.toString();
        double serial = number(o, "round 1: machine [0-9.]+x; 1 thread\\s+([0-9.]+) s");
        double parallel = number(o, cores + " threads\\s+([0-9.]+) s");
        double ratio = number(o, " = ([0-9.]+)x");
        // each time is rounded to 0.005 s and the ratio to 0.005
        double slack = 0.005 * (1 / parallel + serial / (parallel * parallel)) + 0.005;
        assertEquals(serial / parallel, ratio, slack, o);
        assertEquals(ratio, number(o, "speed-up ([0-9.]+)x, the median of 1 round"), 1e-9, o);
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            // a JVM that loads a scenario and runs it uses CPU: a reading of the wrong fields would show none
            double cpu = number(o, "1 thread\\s+[0-9.]+ s \\(CPU ([0-9.]+) s\\)");
            assertTrue(cpu > 0 && number(o, "threads\\s+[0-9.]+ s \\(CPU ([0-9.]+) s\\)") > 0, o);
            // the bound: the one-thread run's CPU spread over all cores, and never above their number
            double bound = number(o, "; CPU bound ([0-9.]+)x");
            double exact = cores * serial / cpu;
            assertEquals(Math.min(cores, exact), bound, 0.005 + exact * (0.005 / serial + 0.005 / cpu), o);
            assertEquals(bound, number(o, "CPU bound ([0-9.]+)x at the median"), 1e-9, o);
        }
        // the machine's ceiling: one round's five samples, the same median printed for the round and overall
        double machine = number(o, "round 1: machine ([0-9.]+)x;");
        assertEquals(machine, number(o, "machine ([0-9.]+)x, the median of 5 samples"), 1e-9, o);
        // the share is of the unrounded figures, each within 0.005 of its print
        double share = number(o, "ccsim's speed-up is ([0-9]+)% of it");
        assertEquals(100 * ratio / machine, share, 0.5 + 100 * 0.005 * (1 / machine + ratio / (machine * machine)), o);
    }

    @Test
    void speedupRefusesTheOptionsThatRunDoesNotHave() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, CommandLineRun.ccsim(out, err, "bench", "../scenarios/standalone-sample.yaml", "--speedup",
                "--days", "2"));
        assertTrue(err.toString().contains("neither --days nor --live-heap"), err.toString());
        assertEquals("", out.toString());
    }
}
