package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call type's forecast read from a CSV file: the same numbers written inline give the same results byte
 * for byte, and each mistake in the file is refused naming the file, line and column, with nothing written.
 */
class ProfileCsvTest {
    private static final Path SAMPLE = Path.of("..", "scenarios", "week-from-csv.yaml");
    private static final Path FORECAST = Path.of("..", "scenarios", "forecast-week.csv");

    @TempDir
    Path tmp;

    /** The sample with the CSV's numbers written inline, read here with a plain split (not ccsim's reader). */
    private String inline() throws Exception {
        List<String> rows = Files.readAllLines(FORECAST);
        String text = Files.readString(SAMPLE);
        for (int column = 1; column <= 2; column++) {
            String name = rows.get(0).split(",")[column];
            List<String> calls = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                calls.add(row.split(",")[column]);
            }
            text = text.replace("profile: {file: forecast-week.csv, column: " + name + "}",
                    "profile: {interval: 30m, calls: [" + String.join(", ", calls) + "]}");
        }
        assertFalse(text.contains("forecast-week.csv, column"), "both profiles written inline");
        return text;
    }

    @Test
    void aCsvProfileGivesTheSameResultsAsTheSameNumbersInline() throws Exception {
        Path inline = tmp.resolve("inline.yaml");
        Files.writeString(inline, inline());
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(new StringWriter(), err, "run", SAMPLE.toString(), "--replications", "2", "--out",
                tmp.resolve("csv").toString()), err.toString());
        assertEquals(0, ccsim(new StringWriter(), err, "run", inline.toString(), "--replications", "2", "--out",
                tmp.resolve("inline").toString()), err.toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("inline").resolve("summary.csv")),
                Files.readAllBytes(tmp.resolve("csv").resolve("summary.csv")));
        // the report charts the forecast read against the simulated arrivals: the file's two columns summed
        tech.tablesaw.api.Table calls = tech.tablesaw.api.Table.read().csv(tmp.resolve("csv").resolve("charts")
                .resolve("calls.csv").toFile());
        List<String> rows = Files.readAllLines(FORECAST);
        for (int k = 0; k < calls.rowCount(); k++) {
            String[] cells = rows.get(k + 1).split(",");
            assertEquals(Double.parseDouble(cells[1]) + Double.parseDouble(cells[2]),
                    calls.doubleColumn("forecast").get(k), 1e-9, "interval " + k);
        }
        assertEquals(rows.size() - 1, calls.rowCount());
    }

    /** The sample, its profile file replaced by {@code csv}; the error names the copy's line and column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a negative count|08:30,-4|forecast.csv:3:2|must be zero or more, was -4",
        "text where a number belongs|08:30,many|forecast.csv:3:2|'many' is not a number",
        "a missing interval|09:30,4|forecast.csv:4:1|a missing interval: 08:30 is followed by 09:30",
        "intervals out of order|08:00,4|forecast.csv:4:1|intervals out of order or overlapping",
        "no interval start|8h30,4|forecast.csv:3:1|'8h30' is no interval start"})
    void aMistakeInTheFileIsToldAtItsLineAndColumn(String name, String row, String at, String says) throws Exception {
        List<String> lines = new ArrayList<>(List.of("start,calls", "08:00,3", "08:30,5", "09:00,4"));
        if (name.equals("a missing interval") || name.equals("intervals out of order")) {
            lines.set(3, row);
        } else {
            lines.set(2, row);
        }
        Files.writeString(tmp.resolve("forecast.csv"), lines.stream().collect(Collectors.joining("\n")) + "\n");
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, Files.readString(SAMPLE)
                .replace("profile: {file: forecast-week.csv, column: billing}", "profile: {file: forecast.csv}")
                .replace("profile: {file: forecast-week.csv, column: support}", "callsPerHour: 10"));
        StringWriter err = new StringWriter();
        assertEquals(2, ccsim(new StringWriter(), err, "run", scenario.toString(), "--set", "run.horizon=90m",
                "--out", tmp.resolve("out").toString()));
        assertTrue(err.toString().contains(at), err.toString());
        assertTrue(err.toString().contains(says), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void aFileThatDoesNotExistIsNamed() throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, Files.readString(SAMPLE).replace("file: forecast-week.csv, column: billing",
                "file: nowhere.csv"));
        StringWriter err = new StringWriter();
        assertEquals(2, ccsim(new StringWriter(), err, "run", scenario.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("nowhere.csv") && err.toString().contains("no such file"), err.toString());
    }
}
