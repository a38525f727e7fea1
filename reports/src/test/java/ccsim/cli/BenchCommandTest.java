package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
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
}
