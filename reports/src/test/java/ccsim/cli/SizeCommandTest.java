package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeCommandTest {
    private static final Path SAMPLE = Path.of("..", "scenarios", "standalone-sample.yaml");

    @TempDir
    Path tmp;

    /**
     * size.csv holds every run the terminal listed, in the order of the values, and marks as the answer
     * the value the terminal named, whose whole interval meets the bound, with no met value below it.
     */
    @Test
    void theRunsLandInSizeCsvWithTheAnswerMarked() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "blocking<=0.05", "--vary", "ipcs[*].ports",
                "--replications", "4", "--set", "run.horizon=1h", "--out", tmp.toString());
        assertEquals(0, code, err.toString() + out);
        List<Integer> listed = Pattern.compile("(?m)^  ipcs\\[\\*]\\.ports = (\\d+) ").matcher(out.toString())
                .results().map(r -> Integer.valueOf(r.group(1))).sorted().toList();
        Matcher answer = Pattern.compile("meeting the target: (\\d+) \\((\\d+) runs\\)").matcher(out.toString());
        assertTrue(answer.find(), out.toString());
        List<String> lines = Files.readAllLines(tmp.resolve("size.csv"));
        assertEquals("variant,ipcs[*].ports,measure,mean,ci95_half_width,unit,replications,verdict,answer", lines.get(0));
        assertTrue(lines.subList(1, lines.size()).stream().allMatch(l -> l.startsWith("standalone-sample,")),
                "the variant sized: the scenario itself");
        // the columns after the variant
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.substring(l.indexOf(',') + 1)
                .split(",")).toList();
        assertEquals(listed, rows.stream().map(r -> Integer.valueOf(r[0])).toList());
        assertEquals(Integer.parseInt(answer.group(2)), rows.size());
        // size.html: the answer as the terminal said it, every run, and the measure charted against the value
        String page = Files.readString(tmp.resolve("size.html"));
        assertTrue(page.contains("Smallest ipcs[*].ports meeting the target: " + answer.group(1)), page);
        assertEquals(rows.size(), Pattern.compile("<tr(?: class=\"answer\")?><td class=\"num\">").matcher(page)
                .results().count(), "a row per run");
        assertTrue(page.contains("<figure id=\"chart-size-blocking-probability\"><svg"), "the chart is inline");
        List<String[]> marked = rows.stream().filter(r -> r[7].equals("true")).toList();
        assertEquals(1, marked.size());
        String[] a = marked.get(0);
        assertEquals(answer.group(1), a[0]);
        assertEquals("met", a[6]);
        assertTrue(Double.parseDouble(a[2]) + Double.parseDouble(a[3]) <= 0.05, String.join(",", a));
        assertTrue(rows.stream().filter(r -> Integer.parseInt(r[0]) < Integer.parseInt(a[0]))
                .noneMatch(r -> r[6].equals("met")), lines.toString());
        assertTrue(out.toString().contains("Runs written to " + tmp.resolve("size.csv")), out.toString());
    }

    /** One answer, a port count, per reporting interval, from runs listed as they are made. */
    @Test
    void perIntervalGivesAnAnswerForEachInterval() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "blockingProbability<=0.05", "--vary",
                "ipcs[*].ports", "--per-interval", "--replications", "4", "--set", "run.horizon=2h",
                "--set", "run.warmUp=0s", "--set", "run.interval=1h", "--out", tmp.toString());
        assertEquals(0, code, err.toString() + out);
        Matcher m = Pattern.compile("(?m)^  ([01]:00) +(\\d+)").matcher(out.toString());
        List<MatchResult> printed = m.results().toList();
        List<String> intervals = printed.stream().map(r -> r.group(1)).toList();
        assertEquals(List.of("0:00", "1:00"), intervals, out.toString());
        assertTrue(out.toString().contains("ran ipcs[*].ports = "), out.toString());
        List<String> answers = printed.stream().map(r -> r.group(2)).toList();
        List<String> lines = Files.readAllLines(tmp.resolve("size-intervals.csv"));
        assertEquals("interval,start_s,status,smallest_ipcs[*].ports,undecided_below,mean_at_smallest,"
                + "ci95_half_width_at_smallest,measure", lines.get(0));
        assertEquals(3, lines.size(), lines.toString());
        for (int i = 0; i < 2; i++) {
            String[] row = lines.get(i + 1).split(",");
            assertEquals(List.of(String.valueOf(i), String.valueOf(3600.0 * i), "met", answers.get(i)),
                    List.of(row).subList(0, 4));
            assertTrue(Double.parseDouble(row[5]) + Double.parseDouble(row[6]) <= 0.05, lines.get(i + 1));
            assertEquals("blocking probability", row[7]);
        }
    }

    /** A per-interval search into the folder of a whole-horizon one leaves its answers, not the other's runs. */
    @Test
    void aSearchIntoTheFolderOfAnotherRemovesTheOthersFile() throws Exception {
        String[] search = {"size", SAMPLE.toString(), "--target", "blockingProbability<=0.05", "--vary",
                "ipcs[*].ports", "--replications", "2", "--set", "run.horizon=1h", "--set", "run.warmUp=0s",
                "--out", tmp.toString()};
        assertEquals(0, ccsim(new StringWriter(), new StringWriter(), search));
        assertTrue(Files.exists(tmp.resolve("size.csv")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> perInterval = new ArrayList<>(List.of(search));
        perInterval.add("--per-interval");
        assertEquals(0, ccsim(out, err, perInterval.toArray(String[]::new)), err.toString() + out);
        assertTrue(Files.exists(tmp.resolve("size-intervals.csv")));
        assertFalse(Files.exists(tmp.resolve("size.csv")));
        assertFalse(Files.exists(tmp.resolve("size.html")));
        // size.csv, size.html and the chart's PNG, SVG and CSV
        assertTrue(out.toString().contains("Removed 5 files that the previous run here wrote and this one did not: "),
                out.toString());
    }

    /** --variant gvp sizes the gvp variant: the same runs as its field set by hand (REFER is the default). */
    @Test
    void aNamedVariantIsSizedAsIfItsFieldsWereSet() throws Exception {
        Path whatIf = Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml");
        List<String> common = List.of("size", whatIf.toString(), "--target", "serviceLevel>=0.5", "--vary",
                "agentGroups[0].agents", "--replications", "2", "--set", "run.horizon=1h");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> named = new ArrayList<>(common);
        named.addAll(List.of("--variant", "gvp", "--out", tmp.resolve("named").toString()));
        assertEquals(0, ccsim(out, err, named.toArray(String[]::new)), err.toString() + out);
        assertTrue(out.toString().startsWith("The scenario lists 3 variants: sizing variant 3, gvp.\n"),
                out.toString());
        List<String> bySet = new ArrayList<>(common);
        bySet.addAll(List.of("--set", "routing.queuing=gvp", "--out", tmp.resolve("set").toString()));
        assertEquals(0, ccsim(new StringWriter(), new StringWriter(), bySet.toArray(String[]::new)));
        // the same runs, recorded under the variant each sized: the one named, or the first with its field set
        assertEquals(Files.readString(tmp.resolve("set/size.csv")).replace("\nstream-manager-refer,", "\ngvp,"),
                Files.readString(tmp.resolve("named/size.csv")));
        assertTrue(Files.readString(tmp.resolve("named/size.csv")).contains("\ngvp,"));
    }

    @Test
    void aTargetOnAMeasureWithoutIntervalsIsRefusedNamingThoseThatHaveThem() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("never");
        int code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "postDialDelay<=1", "--vary",
                "ipcs[*].ports", "--per-interval", "--out", dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("no measure is called 'postDialDelay'")
                && err.toString().contains("blocking probability"), err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(dir), "nothing is written for a refused target");
    }

    /** Two pools numbered 2011 and 2021 cannot grow past ten ports each: the search stops cleanly there. */
    @Test
    void aValueTheScenarioRefusesStopsTheSearchWithItsErrorsAndNothingWritten() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("never");
        int code = ccsim(out, err, "size", Path.of("..", "scenarios", "behind-asr-gvp75.yaml").toString(), "--target",
                "blockingProbability<=0.0001", "--vary", "ipcs[*].ports", "--replications", "2", "--set",
                "run.horizon=15m", "--set", "run.warmUp=0s", "--out", dir.toString());
        assertEquals(2, code, out.toString());
        assertTrue(out.toString().startsWith("The scenario lists 3 variants: sizing the first, gvp-7.5 "), out.toString());
        assertTrue(err.toString().contains("ipcs[1] numbers 20 DNs from 2021, and DN 2021 is already taken by ipcs[0]")
                && err.toString().contains("Nothing was written"), err.toString());
        assertFalse(Files.exists(dir));
    }

    /** With one replication there is no interval to judge on: a "met" would be a point estimate's guess. */
    @Test
    void oneReplicationIsRefusedBeforeAnyRun() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "blocking<=0.01", "--vary", "ipcs[*].ports",
                "--replications", "1", "--out", tmp.resolve("never").toString());
        assertEquals(2, code);
        assertEquals("ccsim: size judges each value on its 95% confidence interval, which needs 2 replications or "
                + "more; the scenario asks for 1 (--replications sets it). Nothing was run.\n", err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void limitsOutOfOrderAreRefusedBeforeAnyRun() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "blockingProbability<=0.01", "--vary",
                "ipcs[*].ports", "--from", "30", "--max", "20");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--from 30 and --max 20"), err.toString());
        assertEquals("", out.toString());
    }

    /**
     * --vary on a field the scenario cannot have, or one that is no number, is refused before any run
     * with what is wrong with it (it used to ask for --from, or to blame the search's value on --max).
     */
    @Test
    void aVaryThatNamesNoWholeNumberFieldIsRefusedBeforeAnyRun() {
        for (List<String> extra : List.of(List.<String>of(), List.of("--from", "10"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(List.of("size", SAMPLE.toString(), "--target", "blocking<=0.01",
                    "--vary", "ipcs[*].prots", "--out", tmp.resolve("never").toString()));
            args.addAll(extra);
            assertEquals(2, ccsim(out, err, args.toArray(String[]::new)));
            assertTrue(err.toString().startsWith("--vary ipcs[*].prots=" + (extra.isEmpty() ? "1" : "10")
                    + ": ipcs[0].prots: unknown field 'prots'"), err.toString());
            assertEquals("", out.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, ccsim(out, err, "size", SAMPLE.toString(), "--target", "blocking<=0.01", "--vary",
                "ipcs[*].address", "--out", tmp.resolve("never").toString()));
        assertTrue(err.toString().contains("ipcs[*].address is '172.21.11.15:5060'"), err.toString());
        assertTrue(err.toString().contains("not a whole number"), err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    /**
     * A service level the agents cannot reach (callers hang up while the phone rings 1-4 s, capping it near
     * 0.985): the search stops after two runs with agents in excess, exit 3, saying why; it used to double up
     * to --max (10,000) agents.
     */
    @Test
    void aTargetNoNumberOfAgentsCanMeetIsDetectedEarly() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "size", Path.of("..", "scenarios", "behind-stream-manager-queuing.yaml").toString(),
                "--target", "serviceLevel>=0.999", "--vary", "agentGroups[0].agents", "--replications", "6", "--set",
                "run.horizon=3h", "--out", tmp.toString());
        assertEquals(3, code, err.toString() + out);
        assertTrue(out.toString().contains("No value meets the target: at agentGroups[0].agents = "), out.toString());
        assertTrue(out.toString().contains("more cannot meet it"), out.toString());
        long runs = Files.readAllLines(tmp.resolve("size.csv")).size() - 1;
        assertTrue(runs <= 4, runs + " runs");
    }
}
