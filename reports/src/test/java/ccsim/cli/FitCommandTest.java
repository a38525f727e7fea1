package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** ccsim fit on the shipped call records, and its refusals: each names the file, line and column. */
class FitCommandTest {
    private static final String RECORDS = Path.of("..", "scenarios", "call-records.csv").toString();
    private static final String WAITS = Path.of("..", "scenarios", "queue-waits.csv").toString();

    @TempDir
    Path tmp;

    @Test
    void theShippedRecordsAreLognormalAndTheLineToPasteLoads() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(out, err, "fit", RECORDS, "--column", "talk_seconds", "--out", tmp.resolve("f").toString()),
                err.toString());
        Table fit = Table.read().csv(tmp.resolve("f").resolve("fit.csv").toFile());
        assertEquals("lognormal", fit.stringColumn("family").get(0), fit.print());
        for (String chart : new String[] {"fit-density", "fit-qq"}) {
            assertTrue(Files.size(tmp.resolve("f").resolve("charts").resolve(chart + ".png")) > 5_000, chart);
        }
        // the printed line is a scenario's distribution as it stands
        String yaml = fit.stringColumn("yaml").get(0);
        assertEquals(0, ccsim(new StringWriter(), err, "lint", Path.of("..", "scenarios",
                "behind-stream-manager-queuing.yaml").toString(), "--set", "agentGroups[0].talkTime=" + yaml), err.toString());
    }

    @Test
    void patienceCountsTheCensoredWaits() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(out, err, "fit", WAITS, "--patience", "--column", "wait_seconds", "--out",
                tmp.resolve("p").toString()), err.toString());
        assertTrue(out.toString().contains("answered first (censored: 70%)"), out.toString());
        assertTrue(out.toString().contains("patience: {dist: exponential, mean: "), out.toString());
    }

    @Test
    void badInputIsToldAtItsPlaceAndNothingIsWritten() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "call_id,talk_seconds\n1,200\n2,lots\n3,100\n");
        StringWriter err = new StringWriter();
        assertEquals(2, ccsim(new StringWriter(), err, "fit", bad.toString(), "--column", "talk_seconds", "--out",
                tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("bad.csv:3:2: 'lots' is not a number"), err.toString());
        err = new StringWriter();
        assertEquals(2, ccsim(new StringWriter(), err, "fit", RECORDS, "--column", "talk", "--out",
                tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("no column 'talk'; the columns: call_id, talk_seconds"), err.toString());
        err = new StringWriter();
        assertEquals(2, ccsim(new StringWriter(), err, "fit", WAITS, "--patience", "--column", "wait_seconds",
                "--abandoned-column", "call_id", "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("is neither abandoned nor answered"), err.toString());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }
}
