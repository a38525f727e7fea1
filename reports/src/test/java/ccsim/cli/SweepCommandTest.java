package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.scenario.SweepAxis;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    private static final Path SAMPLE = Path.of("..", "scenarios", "standalone-sample.yaml");

    @TempDir
    Path tmp;

    @Test
    void axesExpandToAGrid() {
        assertEquals(List.of("20", "25", "30"), SweepAxis.parse("ipcs[*].ports=20..30:5").values());
        assertEquals(List.of("0.5", "0.75", "1"), SweepAxis.parse("callTypes[0].agentShare=0.5..1:0.25").values());
        assertEquals(List.of("80", "90"), SweepAxis.parse("agentGroups[0].agents=80,90").values());
        assertEquals(6, SweepAxis.grid(List.of(SweepAxis.parse("a=1..3:1"), SweepAxis.parse("b=x,y"))).size());
    }

    @Test
    void everyPointRunsOnTheSameCallersAndLandsInSweepCsv() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "sweep", SAMPLE.toString(), "--vary", "ipcs[*].ports=20..24:2", "--replications", "3",
                "--set", "run.horizon=1h", "--out", tmp.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = Files.readAllLines(tmp.resolve("sweep.csv"));
        assertEquals("point,ipcs[*].ports,measure,mean,ci95_half_width,unit,replications", lines.get(0));
        List<String> offered = lines.stream().filter(l -> l.contains(",offered calls,")).toList();
        assertEquals(3, offered.size());
        // ports change nothing about who calls: every point has the very same offered calls
        Set<String> means = offered.stream().map(l -> l.split(",")[3]).collect(Collectors.toSet());
        assertEquals(1, means.size(), offered.toString());
        List<Double> blocking = lines.stream().filter(l -> l.contains(",blocking probability,"))
                .map(l -> Double.parseDouble(l.split(",")[3])).toList();
        assertTrue(blocking.get(0) > blocking.get(1) && blocking.get(1) > blocking.get(2),
                "more ports block fewer of the same callers: " + blocking);
        assertTrue(out.toString().contains("blocking probability"), out.toString());
        // for a design review: the page charts each key measure against the ports, with the chart's files
        String page = Files.readString(tmp.resolve("sweep.html"));
        assertTrue(page.contains("<figure id=\"sweep-blocking-probability\"><svg"), page);
        for (String ext : List.of("png", "svg", "csv")) {
            assertTrue(Files.exists(tmp.resolve("charts/sweep-blocking-probability." + ext)), ext);
        }
        assertEquals(List.of("20.0", "22.0", "24.0"), Files.readAllLines(tmp.resolve(
                "charts/sweep-blocking-probability.csv")).stream().skip(1).map(l -> l.split(",")[0]).toList());
    }

    /**
     * --variant gvp sweeps the what-if's gvp variant: the same numbers as its one field set on the first
     * variant by hand (the file sets no transfer method; REFER is the default), other than the first's.
     */
    @Test
    void aNamedVariantIsSweptAsIfItsFieldsWereSet() throws Exception {
        Path whatIf = Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml");
        List<String> common = List.of("sweep", whatIf.toString(), "--vary", "agentGroups[0].agents=12,14",
                "--replications", "2", "--set", "run.horizon=1h");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> named = new ArrayList<>(common);
        named.addAll(List.of("--variant", "gvp", "--out", tmp.resolve("named").toString()));
        assertEquals(0, ccsim(out, err, named.toArray(String[]::new)), err.toString());
        assertTrue(out.toString().startsWith("The scenario lists 3 variants: sweeping variant 3, gvp.\n"),
                out.toString());
        List<String> bySet = new ArrayList<>(common);
        bySet.addAll(List.of("--set", "routing.queuing=gvp", "--out", tmp.resolve("set").toString()));
        assertEquals(0, ccsim(new StringWriter(), new StringWriter(), bySet.toArray(String[]::new)));
        List<String> first = new ArrayList<>(common);
        first.addAll(List.of("--out", tmp.resolve("first").toString()));
        assertEquals(0, ccsim(new StringWriter(), new StringWriter(), first.toArray(String[]::new)));

        String gvp = Files.readString(tmp.resolve("named/sweep.csv"));
        assertEquals(Files.readString(tmp.resolve("set/sweep.csv")), gvp);
        assertFalse(gvp.equals(Files.readString(tmp.resolve("first/sweep.csv"))));
    }

    @Test
    void aVariantTheScenarioDoesNotListIsRefused() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path whatIf = Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml");
        int code = ccsim(out, err, "sweep", whatIf.toString(), "--vary", "agentGroups[0].agents=12,14", "--variant",
                "gpv", "--out", tmp.resolve("never").toString());
        assertEquals(2, code);
        assertEquals("ccsim: --variant gpv: the scenario lists no such variant; it lists stream-manager-refer, "
                + "stream-manager-bridged, gvp; nothing was run or written.\n", err.toString());
        code = ccsim(out, err, "size", SAMPLE.toString(), "--target", "blocking<=0.01", "--vary", "ipcs[*].ports",
                "--variant", "gvp", "--out", tmp.resolve("never").toString());
        assertEquals(2, code);
        assertTrue(err.toString().endsWith("ccsim: --variant gvp: the scenario lists no variants\n"), err.toString());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    /** Sweeps and searches run for minutes: a folder they could not write into is refused before the first run. */
    @Test
    void sweepAndSizeRefuseAnOutputFolderInsideAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("results"), "a file");
        Path out = file.resolve("week-49");
        for (List<String> command : List.of(
                List.of("sweep", SAMPLE.toString(), "--vary", "ipcs[*].ports=20,24", "--out", out.toString()),
                List.of("size", SAMPLE.toString(), "--target", "blocking<=0.01", "--vary", "ipcs[*].ports", "--out",
                        out.toString()))) {
            StringWriter o = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ccsim(o, err, command.toArray(String[]::new));
            assertEquals(2, code, command + ": " + o);
            assertTrue(err.toString().contains(file.toAbsolutePath() + " is a file, not a folder; nothing was run"),
                    err.toString());
            assertFalse(o.toString().contains("run"), o.toString());
        }
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void aPathNamingNoFieldIsRefusedAndNothingWritten() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("never");
        int code = ccsim(out, err, "sweep", SAMPLE.toString(), "--vary", "ipcs[*].portz=20,24", "--out", dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--vary ipcs[*].portz=20") && err.toString().contains("unknown field 'portz'"),
                err.toString());
        assertFalse(Files.exists(dir));
        assertEquals(2, ccsim(out, err, "sweep", SAMPLE.toString(), "--vary", "ipcs[0].ports=30..20:5"));
    }

    /** Two --vary options on one field (the same path, or [*] and one of its items) would make an ambiguous grid. */
    @Test
    void twoAxesOnOneFieldAreRefusedBeforeAnyRun() {
        for (String[] pair : List.of(new String[] {"ipcs[*].ports=20,24", "ipcs[*].ports=30"},
                new String[] {"ipcs[*].ports=20,24", "ipcs[0].ports=30"},
                new String[] {"callTypes[0].callsPerHour=100", "callTypes[0]={name: x}"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Path dir = tmp.resolve("never");
            int code = ccsim(out, err, "sweep", SAMPLE.toString(), "--vary", pair[0], "--vary", pair[1], "--out",
                    dir.toString());
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().contains("change the same field"), err.toString());
            assertEquals("", out.toString());
            assertFalse(Files.exists(dir));
        }
        assertEquals(2, SweepAxis.grid(SweepAxis.parseAll(List.of("ipcs[0].ports=1,2", "ipcs[1].ports=3"))).size(),
                "different items of one list are different fields");
    }

    /** A missing or unknown option is bad input: exit code 2, as the help's exit-code list says. */
    @Test
    void aMissingOptionExitsWithTheBadInputCode() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, ccsim(out, err, "sweep", SAMPLE.toString()));
        assertTrue(err.toString().contains("Missing required option: '--vary=PATH=VALUES'"), err.toString());
        assertEquals(2, ccsim(out, err, "run", SAMPLE.toString(), "--bogus"));
    }

    /** A scenario with variants is swept on its first, and says so; long measure names keep their columns apart. */
    @Test
    void aScenarioWithVariantsIsSweptOnItsFirstAndSaysSo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ccsim(out, err, "sweep", Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml").toString(),
                "--vary", "agentGroups[0].agents=12,14", "--replications", "2", "--set", "run.horizon=1h",
                "--out", tmp.toString());
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().split("\\R");
        assertEquals("The scenario lists 3 variants: sweeping the first, stream-manager-refer (--variant NAME "
                + "chooses another).", lines[0]);
        assertTrue(lines[2].contains("blocking probability  blocking probability at entry"), lines[2]);
    }
}
