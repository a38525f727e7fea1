package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Variants may measure different things (only one sets a SIP Server processing capacity, only one an
 * overload policy): every measure of every variant reaches every file, empty where a variant has no such
 * measure, and summary.csv says why. The run used to crash after simulating everything when the first
 * variant had the extra measure, and to drop its column from replications.csv when a later one had it.
 */
class VariantMeasuresTest {
    private static final String PROCESSING_WAIT = "SIP Server processing wait";

    @TempDir
    Path tmp;

    private static int ccsim(String... args) {
        CommandLine cl = Ccsim.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(0, code, err.toString());
        return code;
    }

    @ParameterizedTest(name = "processing set in the {0} variant")
    @ValueSource(strings = {"first", "second"})
    void aMeasureOnlyOneVariantHasReachesEveryFile(String which) throws IOException {
        String sample = Files.readString(Path.of("..", "scenarios", "standalone-sample.yaml"));
        String processing = "{sipServer.processing: {workers: 1, serviceTime: 2ms}}";
        String yaml = sample.replace("name: standalone-sample", "name: variant-measures") + "\nvariants:\n"
                + "  - {name: a, set: " + (which.equals("first") ? processing : "{}") + "}\n"
                + "  - {name: b, set: " + (which.equals("second") ? processing : "{}") + "}\n";
        Path file = tmp.resolve("variant-measures.yaml");
        Files.writeString(file, yaml);
        Path out = tmp.resolve("out");
        ccsim("run", file.toString(), "--out", out.toString(), "--replications", "3", "--set", "run.horizon=1h",
                "--set", "run.warmUp=0s");
        String without = which.equals("first") ? "b" : "a";

        List<String> reps = Files.readAllLines(out.resolve("replications.csv"));
        List<String> header = Arrays.asList(reps.get(0).split(","));
        int column = header.indexOf(PROCESSING_WAIT);
        assertTrue(column > 0, "replications.csv has the measure: " + header);
        for (String row : reps.subList(1, reps.size())) {
            String[] cells = row.split(",", -1);
            assertEquals(header.size(), cells.length, row);
            assertEquals(cells[0].equals(without), cells[column].isEmpty(), "empty only in the variant without it: " + row);
        }

        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("variant,measure,key,mean,ci95_half_width,unit,replications,note", summary.get(0));
        List<String> rows = summary.stream().filter(l -> l.contains("," + PROCESSING_WAIT + ",")).toList();
        assertEquals(2, rows.size(), "a row per variant: " + rows);
        String lacking = rows.stream().filter(l -> l.startsWith(without + ",")).findFirst().orElseThrow();
        assertTrue(lacking.contains(",,,") && lacking.endsWith(",0,not measured in this variant: its deployment has "
                + "nothing this measure counts"), lacking);

        assertTrue(Files.readString(out.resolve("report.html")).contains("<td>" + PROCESSING_WAIT + "</td>"),
                "the report's comparison has the measure's row");
    }

    /** The shipped overload-ramp's with-503 variant alone has a 503 policy: its count reaches replications.csv. */
    @Test
    void overloadRampKeepsItsPolicyRefusalsColumn() throws IOException {
        Path out = tmp.resolve("ramp");
        ccsim("run", Path.of("..", "scenarios", "overload-ramp.yaml").toString(), "--out", out.toString(),
                "--replications", "2");
        String header = Files.readAllLines(out.resolve("replications.csv")).get(0);
        assertTrue(header.contains(",SIP Server INVITEs refused by its overload policy (503)"), header);
    }
}
