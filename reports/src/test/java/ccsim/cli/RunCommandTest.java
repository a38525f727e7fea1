package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    private static final Path SAMPLE = Path.of("..", "scenarios", "standalone-sample.yaml");

    @TempDir
    Path tmp;

    record Result(int exitCode, String out, String err) {
    }

    private static Result ccsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Ccsim.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The sample, shortened so the test is quick; what matters is the same seed on different thread counts. */
    private Result runSample(Path out, String threads) {
        return ccsim("run", SAMPLE.toString(), "--out", out.toString(), "--threads", threads, "--replications", "6",
                "--set", "run.horizon=3h");
    }

    @Test
    void sameSeedGivesByteIdenticalSummaryOnOneAndOnFourThreads() throws IOException {
        Result one = runSample(tmp.resolve("one"), "1");
        Result four = runSample(tmp.resolve("four"), "4");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, four.exitCode(), four.err());
        byte[] a = Files.readAllBytes(tmp.resolve("one/summary.csv"));
        assertArrayEquals(a, Files.readAllBytes(tmp.resolve("four/summary.csv")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/replications.csv")),
                Files.readAllBytes(tmp.resolve("four/replications.csv")));
        String summary = new String(a);
        assertTrue(summary.startsWith("measure,key,mean,ci95_half_width,unit,replications,note\n"), summary);
        assertTrue(summary.contains("\nblocking probability,"), summary);
        assertTrue(one.out().contains("blocking probability"), one.out());
    }

    @Test
    void anotherSeedGivesOtherNumbers() throws IOException {
        runSample(tmp.resolve("a"), "2");
        ccsim("run", SAMPLE.toString(), "--out", tmp.resolve("b").toString(), "--replications", "6", "--set",
                "run.horizon=3h", "--seed", "99");
        assertFalse(Files.readString(tmp.resolve("a/summary.csv")).equals(Files.readString(tmp.resolve("b/summary.csv"))));
    }

    /** The title counts replications as a planner reads them: "1 replication", "6 replications". */
    @Test
    void theTitleCountsReplicationsInWords() {
        Result one = ccsim("run", SAMPLE.toString(), "--out", tmp.resolve("one").toString(), "--replications", "1",
                "--set", "run.horizon=1h");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().startsWith("standalone-sample (stand-alone, 1 replication, seed "), one.out());
        Result six = runSample(tmp.resolve("six"), "2");
        assertTrue(six.out().startsWith("standalone-sample (stand-alone, 6 replications, seed "), six.out());
    }

    @Test
    void traceWritesTheMessagesOfTheFirstCalls() throws IOException {
        Result r = ccsim("run", SAMPLE.toString(), "--out", tmp.toString(), "--replications", "2", "--set",
                "run.horizon=1h", "--trace", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(tmp.resolve("trace/messages.csv"));
        assertEquals("call,sent_at,delivered_at,from,to,message", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,") && lines.get(1).endsWith(",172.21.11.2:5060,172.21.11.10:5060,INVITE"),
                lines.get(1));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("1,") || l.startsWith("2,")));
    }

    /** A folder run into twice holds the second run's files only: no ladder of a call the second did not trace. */
    @Test
    void aRunIntoAnEarlierRunsFolderRemovesTheFilesOnlyTheEarlierWrote() throws IOException {
        Files.writeString(tmp.resolve("notes.md"), "mine");
        Result first = ccsim("run", SAMPLE.toString(), "--out", tmp.toString(), "--replications", "2", "--set",
                "run.horizon=1h", "--trace", "3");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(Files.exists(tmp.resolve("trace/call-3.svg")));
        Result second = ccsim("run", SAMPLE.toString(), "--out", tmp.toString(), "--replications", "2", "--set",
                "run.horizon=1h", "--trace", "1");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(Files.exists(tmp.resolve("trace/call-1.svg")));
        for (String stale : List.of("trace/call-2.svg", "trace/call-2.png", "trace/call-3.svg", "trace/call-3.png")) {
            assertFalse(Files.exists(tmp.resolve(stale)), stale);
        }
        assertTrue(second.out().contains("Removed 4 files that the previous run here wrote and this one did not: "
                + "trace/call-2.png, trace/call-2.svg, trace/call-3.png and 1 more"), second.out());
        assertTrue(Files.exists(tmp.resolve("report.html")));
        assertEquals("mine", Files.readString(tmp.resolve("notes.md")));
        Result third = ccsim("run", SAMPLE.toString(), "--out", tmp.toString(), "--replications", "2", "--set",
                "run.horizon=1h");
        assertEquals(0, third.exitCode(), third.err());
        assertFalse(Files.exists(tmp.resolve("trace")), "no --trace: the trace folder is gone");
    }

    /** An --out that names a file, or a folder inside one, is refused before the run rather than after it. */
    @Test
    void anOutputFolderThatCannotBeWrittenIsRefusedBeforeTheRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("results"), "a file");
        for (Path out : List.of(file, file.resolve("today"))) {
            Result r = ccsim("run", SAMPLE.toString(), "--out", out.toString());
            assertEquals(2, r.exitCode(), r.out());
            assertEquals("ccsim: cannot write the results into " + out + ": " + file.toAbsolutePath()
                    + " is a file, not a folder; nothing was run or written. Give another folder with --out.\n",
                    r.err());
            assertEquals("", r.out());
        }
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void variantsAreComparedOnTheSameCallers() throws IOException {
        Path whatIf = Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml");
        Result r = ccsim("run", whatIf.toString(), "--out", tmp.toString(), "--replications", "3", "--set",
                "run.horizon=1h");
        assertEquals(0, r.exitCode(), r.err());
        List<String> comparison = Files.readAllLines(tmp.resolve("comparison.csv"));
        assertEquals("variant,reference,measure,mean_difference,ci95_half_width,unit,significant", comparison.get(0));
        assertTrue(comparison.stream().anyMatch(l -> l.startsWith("gvp,stream-manager-refer,offered calls,0.0,0.0,")),
                "the same callers in every variant: no difference in offered calls");
        List<String> summary = Files.readAllLines(tmp.resolve("summary.csv"));
        assertEquals("variant,measure,key,mean,ci95_half_width,unit,replications,note", summary.get(0));
        assertEquals(3, summary.stream().filter(l -> l.contains(",blocking probability,")).count());
        String report = Files.readString(tmp.resolve("report.html"));
        assertTrue(report.contains("Variants compared on the same callers"));
        for (String ladder : List.of("ladder-support", "ladder-stream-manager-bridged-support", "ladder-gvp-support")) {
            assertTrue(report.contains("<figure id=\"" + ladder + "\"><div class=\"ladder\">"), "a ladder diagram per variant: " + ladder);
        }
        assertTrue(r.out().contains("Δ gvp"), r.out());
        // the scenario's service level target, judged in each variant's column of the comparison
        String compared = report.substring(report.indexOf("<section id=\"comparison\">"),
                report.indexOf("</section>", report.indexOf("<section id=\"comparison\">")));
        assertEquals(3, Pattern.compile("<br><span class=\"(ok|undecided|off)\">(met|undecided|missed) \\(≥ 0\\.8\\)")
                .matcher(compared).results().count(), compared);
        assertTrue(r.out().contains("Targets, judged on the 95% confidence interval:"), r.out());
        // nothing fails in any variant: that row is named under the table, not drawn as three 0 ± 0 cells
        assertFalse(compared.contains("<td>calls failed</td>"), compared);
        assertTrue(compared.contains("Zero in every replication of every variant, so not in the table: "), compared);
        assertTrue(compared.contains("calls failed"), compared);
        assertTrue(compared.contains("<td>offered calls</td>"), compared);
        // the deployment table: one column per variant where they differ, one cell where they agree
        assertTrue(report.contains("<tr><th>Mode</th><td colspan=\"3\">behind</td></tr>"), report);
        assertTrue(report.contains("<tr><th>Transfer to agents</th><td class=\"differs\">refer</td><td class=\"differs\">"
                + "bridged</td><td class=\"differs\">IVR Server single-step transfer</td></tr>"), report);
    }

    /** Each kind of bad input: its message, exit code 2, nothing written. */
    @Test
    void badInputIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
        String sample = Files.readString(SAMPLE);
        String[][] cases = {
            {sample.replace("run:\n", "run:\n  bogusField: 3\n"), ":3:3:", "unknown field 'bogusField'"},
            {sample.replace("ports: 24", "ports: lots"), "ipcs[0].ports", "expected a whole number"},
            {sample.replace("ports: 24", "ports: -2"), "ipcs[0].ports", "must be at least 1, was -2"},
            {sample.replace("\"2802\"", "\"3802\""), "callTypes[1].dialedNumber", "matches the prefix of no Trunk DN"},
            {sample.replace("straight-forward: true\n    - name: \"172", "straight-forward: yes-please\n    - name: \"172"),
                "sipServer.dns[0].options.straight-forward", "valid values (Appendix B): true, false"},
        };
        for (int i = 0; i < cases.length; i++) {
            Path file = tmp.resolve("bad" + i + ".yaml");
            Files.writeString(file, cases[i][0]);
            Path out = tmp.resolve("out" + i);
            Result r = ccsim("run", file.toString(), "--out", out.toString());
            assertEquals(2, r.exitCode(), "case " + i + ": " + r.err());
            assertTrue(r.err().contains(cases[i][1]) && r.err().contains(cases[i][2]), "case " + i + ": " + r.err());
            assertTrue(r.err().contains("nothing was run or written"), r.err());
            assertFalse(Files.exists(out), "case " + i + " wrote " + out);
        }
    }

    @Test
    void badOptionsAreRefused() {
        assertEquals(2, ccsim("run", SAMPLE.toString(), "--threads", "0").exitCode());
        Result set = ccsim("run", SAMPLE.toString(), "--set", "nonsense");
        assertEquals(2, set.exitCode());
        assertTrue(set.err().contains("expected path=value"), set.err());
        Result missing = ccsim("run", "no-such-file.yaml");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void helpExplainsEveryOption() {
        Result r = ccsim("run", "--help");
        assertEquals(0, r.exitCode());
        for (String option : List.of("--out", "--replications", "--seed", "--threads", "--set", "--trace", "FILE")) {
            assertTrue(r.out().contains(option), option + " missing from help:\n" + r.out());
        }
        Result top = ccsim("--help");
        for (String command : List.of("run", "sweep", "size", "lint", "worksheet", "bench")) {
            // the command list shows a whole sentence for each command, not a description cut at its first line
            assertTrue(top.out().lines().anyMatch(l -> l.startsWith("  " + command + " ") && l.endsWith(".")),
                    command + " missing from help, or its line cut short:\n" + top.out());
            Result help = ccsim(command, "--help");
            assertEquals(0, help.exitCode());
            assertFalse(help.err().contains("WARN"), command + " help has a formatting problem: " + help.err());
        }
    }
}
