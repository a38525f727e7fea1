package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ccsim lint names each finding's line, table and consequence; ccsim run prints the findings before the figures. */
class LintCommandTest {
    private static final Path BEHIND = Path.of("..", "scenarios", "behind-stream-manager-queuing.yaml");

    @TempDir
    Path tmp;

    @Test
    void aSampleHasNoFindings() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, CommandLineRun.ccsim(out, err, "lint", BEHIND.toString()), err.toString());
        assertEquals("No findings: the options follow the guide for behind mode.", out.toString().strip());
    }

    @Test
    void aFindingNamesItsLineTableAndConsequence() throws IOException {
        Path file = tmp.resolve("wrong.yaml");
        String text = Files.readString(BEHIND).replace("override-to-on-divert: false", "override-to-on-divert: true");
        Files.writeString(file, text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(3, CommandLineRun.ccsim(out, err, "lint", file.toString()), err.toString());
        int line = 1 + (int) text.substring(0, text.indexOf("override-to-on-divert: true")).chars().filter(c -> c == '\n')
                .count();
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith(file + ":" + line + ":"), lines[0]);
        assertTrue(lines[0].contains("sipServer.options.override-to-on-divert: override-to-on-divert must be false"),
                lines[0]);
        assertEquals("    guide: Table 2 (ch.2, Behind)", lines[1]);
        assertTrue(lines[2].startsWith("    consequence: ") && lines[2].endsWith("(simulated by ccsim run)"), lines[2]);
        assertEquals("1 finding.", lines[3]);
    }

    /** Each variant is linted, and a finding in a variant's own fields points at the variant's line. */
    @Test
    void everyVariantIsLintedAtItsOwnLines() throws IOException {
        Path file = tmp.resolve("variants.yaml");
        String text = Files.readString(BEHIND) + "variants:\n"
                + "  - {name: as-the-seed, set: {run.replications: 2}}\n"
                + "  - {name: divert, set: {sipServer.options.override-to-on-divert: true}}\n";
        Files.writeString(file, text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(3, CommandLineRun.ccsim(out, err, "lint", file.toString()), err.toString());
        int line = 1 + (int) text.substring(0, text.indexOf("override-to-on-divert: true")).chars()
                .filter(c -> c == '\n').count();
        String[] lines = out.toString().split("\n");
        assertEquals("Variant divert: 1 finding", lines[0]);
        assertTrue(lines[1].startsWith(file + ":" + line + ":"), lines[1]);
        assertTrue(lines[1].contains("override-to-on-divert must be false"), lines[1]);
        assertEquals("1 finding, in 1 of 2 variants.", lines[lines.length - 1]);

        StringWriter runOut = new StringWriter();
        assertEquals(0, CommandLineRun.ccsim(runOut, err, "run", file.toString(), "--out", tmp.resolve("run").toString(),
                "--replications", "2", "--set", "run.horizon=1h", "--set", "run.warmUp=0s"), err.toString());
        assertTrue(runOut.toString().startsWith("Lint (divert): 1 option set otherwise than the guide requires\n"
                + file + ":" + line + ":"), runOut.toString());
    }

    @Test
    void runPrintsTheFindingsFirst() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRun.ccsim(out, err, "run", BEHIND.toString(), "--out", tmp.toString(), "--replications",
                "2", "--set", "run.horizon=1h", "--set", "run.warmUp=0s", "--set", "sipServer.options.handle-vsp=events");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Lint: 1 option set otherwise than the guide requires\n"
                + "--set sipServer.options.handle-vsp=events: sipServer.options.handle-vsp:"), out.toString());
        assertTrue(out.toString().indexOf("consequence:") < out.toString().indexOf("offered calls"));
    }
}
