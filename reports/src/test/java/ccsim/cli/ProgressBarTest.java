package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    /** One bar for a search: drawn over itself, erased for a result line, drawn again for the next run. */
    @Test
    void oneBarMovesFromRunToRunAndClearsForResults() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBar(err, "sizing, run 1: ports = 24");
        bar.accept(0.5);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing is shown in the first second");
        Thread.sleep(1100);
        bar.accept(0.5);
        bar.accept(1.0);
        bar.clear();
        String first = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(first.endsWith("\r"), "the line is erased and the cursor back at its start: " + first);
        List<String> drawn = List.of(first.split("\r", -1));
        assertTrue(drawn.get(1).startsWith("sizing, run 1: ports = 24 [" + "#".repeat(15) + "-".repeat(15) + "]  50%"),
                drawn.toString());
        assertTrue(drawn.get(2).contains("] 100%"), drawn.toString());
        assertTrue(drawn.get(3).isBlank() && drawn.get(3).length() >= drawn.get(2).strip().length(),
                "the erasing line covers the whole bar: " + drawn);
        bar.clear();
        assertEquals(first, bytes.toString(StandardCharsets.UTF_8), "a cleared bar is not erased twice");

        bar.next("sizing, run 2: ports = 48");
        bar.accept(0.25);
        bar.finish();
        String second = bytes.toString(StandardCharsets.UTF_8).substring(first.length());
        assertTrue(second.startsWith("\rsizing, run 2: ports = 48 [" + "#".repeat(8) + "-".repeat(22) + "]  25%"), second);
        assertTrue(second.endsWith(System.lineSeparator()), "finish leaves the shown bar on its own line: " + second);
    }
}
