package ccsim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A call type's forecast or interval history read from a CSV file, as a WFM or reporting tool exports
 * it: a header row, then one row per interval with its start (clock time {@code 08:00}, or an ISO
 * date-time {@code 2026-12-07T08:00} for several days) and the offered calls, in one column per call type
 * or one column in all. The interval length is inferred from the starts, which must follow each other
 * without gap or overlap; the first row's start is the start of the run. Every mistake names the file,
 * line and column.
 *
 * @param interval the inferred interval length
 * @param calls    the offered calls of each interval, in order
 */
public record ProfileCsv(Duration interval, List<Double> calls) {
    /** The most a file may hold, like a scenario file: a year of quarter hours fits many times over. */
    static final long MAX_BYTES = 10_000_000;

    /** A mistake in the file, at a line and column (1-based; 0 where the whole file is meant). */
    public static final class CsvException extends RuntimeException {
        private final Path file;
        private final int line;
        private final int column;

        CsvException(Path file, int line, int column, String message) {
            super(message);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * Reads the column named {@code column} (null: the only column besides the start) of {@code file}.
     */
    public static ProfileCsv read(Path file, String column) {
        List<String> lines = lines(file);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new CsvException(file, 1, 0, "the file is empty: expected a header row (start, then a column of "
                    + "offered calls per call type) and one row per interval");
        }
        List<String> header = cells(lines.get(0));
        int at = columnOf(file, header, column);
        List<Double> calls = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = cells(lines.get(i));
            if (row.size() != header.size()) {
                throw new CsvException(file, line, 0, "a row of " + row.size() + " cells under a header of "
                        + header.size());
            }
            starts.add(start(file, line, row.get(0), starts.isEmpty() ? null : starts.get(starts.size() - 1)));
            calls.add(count(file, line, at + 1, header.get(at), row.get(at)));
        }
        if (calls.size() < 2) {
            throw new CsvException(file, 2, 0, "the file has " + calls.size() + " interval" + (calls.size() == 1 ? "" : "s")
                    + ": at least two are needed to know their length");
        }
        double length = starts.get(1) - starts.get(0);
        if (!(length > 0)) {
            throw new CsvException(file, 3, 1, "intervals out of order or overlapping: " + clock(starts.get(1))
                    + " does not come after " + clock(starts.get(0)));
        }
        for (int k = 2; k < starts.size(); k++) {
            double gap = starts.get(k) - starts.get(k - 1);
            if (Math.abs(gap - length) > 1e-6) {
                throw new CsvException(file, rowLine(lines, k), 1, gap > length
                        ? "a missing interval: " + clock(starts.get(k - 1)) + " is followed by " + clock(starts.get(k))
                        + ", but the intervals are " + minutes(length) + " long"
                        : "intervals out of order or overlapping: " + clock(starts.get(k)) + " after "
                        + clock(starts.get(k - 1)) + ", but the intervals are " + minutes(length) + " long");
            }
        }
        return new ProfileCsv(Duration.ofMillis(Math.round(length * 1000)), List.copyOf(calls));
    }

    private static List<String> lines(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CsvException(file, 0, 0, "the file is larger than 10 MB; a forecast is far smaller");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().lines().toList();
        } catch (NoSuchFileException e) {
            throw new CsvException(file, 0, 0, "no such file (a profile's file is found relative to the scenario file)");
        } catch (CharacterCodingException e) {
            throw new CsvException(file, 0, 0, "not UTF-8 text: save the export as UTF-8 CSV");
        } catch (IOException e) {
            throw new CsvException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** The line number of data row {@code k} (0-based, blank lines skipped). */
    private static int rowLine(List<String> lines, int k) {
        int seen = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && ++seen == k) {
                return i + 1;
            }
        }
        return lines.size();
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            String t = c.strip();
            out.add(t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t);
        }
        return out;
    }

    private static int columnOf(Path file, List<String> header, String column) {
        if (column == null) {
            if (header.size() != 2) {
                throw new CsvException(file, 1, 0, "the file has " + (header.size() - 1) + " columns besides the "
                        + "start (" + String.join(", ", header.subList(1, header.size())) + "): say which with column:");
            }
            return 1;
        }
        for (int i = 1; i < header.size(); i++) {
            if (header.get(i).equals(column)) {
                return i;
            }
        }
        throw new CsvException(file, 1, 0, "no column '" + column + "'; the columns: "
                + String.join(", ", header.subList(1, header.size())));
    }

    /** Seconds since the first start; a clock time after midnight follows the day before's last interval. */
    private static double start(Path file, int line, String text, Double previous) {
        double at;
        try {
            if (text.contains("T") || text.contains(" ") && text.length() > 8) {
                LocalDateTime t = LocalDateTime.parse(text.replace(' ', 'T'));
                at = t.toLocalDate().toEpochDay() * 86_400.0 + t.toLocalTime().toSecondOfDay();
            } else {
                at = LocalTime.parse(text.length() == 4 ? "0" + text : text).toSecondOfDay();
                while (previous != null && at < previous && previous - at > 43_200) {
                    at += 86_400;  // past midnight into the next day
                }
            }
        } catch (DateTimeParseException e) {
            throw new CsvException(file, line, 1, "'" + text + "' is no interval start: expected a clock time (08:00) "
                    + "or a date-time (2026-12-07T08:00)");
        }
        return at;
    }

    private static double count(Path file, int line, int column, String name, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CsvException(file, line, column, (text.isEmpty() ? "no value" : "'" + text + "' is not a number")
                    + " in column " + name + " (the offered calls of the interval)");
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new CsvException(file, line, column, "offered calls must be zero or more, was " + text);
        }
        return v;
    }

    private static String clock(double seconds) {
        long m = Math.round(seconds / 60) % (24 * 60);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    private static String minutes(double seconds) {
        return Durations.format(Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
