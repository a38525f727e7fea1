package ccsim.scenario;

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
    /**
     * Reads the column named {@code column} (null: the only column besides the start) of {@code file}.
     */
    public static ProfileCsv read(Path file, String column) {
        return read(file, column, "the offered calls of the interval");
    }

    /** The same for any value per interval, {@code what} naming it in errors (the agents of a roster, say). */
    public static ProfileCsv read(Path file, String column, String what) {
        CsvTable t = CsvTable.read(file);
        int at = columnOf(t, column);
        List<Double> calls = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            starts.add(start(file, row.line(), row.cells().get(0), starts.isEmpty() ? null : starts.get(starts.size() - 1)));
            calls.add(t.number(row, at, what));
        }
        if (calls.size() < 2) {
            throw new CsvException(file, 2, 0, "the file has " + calls.size() + " interval" + (calls.size() == 1 ? "" : "s")
                    + ": at least two are needed to know their length");
        }
        double length = starts.get(1) - starts.get(0);
        if (!(length > 0)) {
            throw new CsvException(file, t.rows().get(1).line(), 1, "intervals out of order or overlapping: "
                    + clock(starts.get(1)) + " does not come after " + clock(starts.get(0)));
        }
        for (int k = 2; k < starts.size(); k++) {
            double gap = starts.get(k) - starts.get(k - 1);
            if (Math.abs(gap - length) > 1e-6) {
                throw new CsvException(file, t.rows().get(k).line(), 1, gap > length
                        ? "a missing interval: " + clock(starts.get(k - 1)) + " is followed by " + clock(starts.get(k))
                        + ", but the intervals are " + minutes(length) + " long"
                        : "intervals out of order or overlapping: " + clock(starts.get(k)) + " after "
                        + clock(starts.get(k - 1)) + ", but the intervals are " + minutes(length) + " long");
            }
        }
        return new ProfileCsv(Duration.ofMillis(Math.round(length * 1000)), List.copyOf(calls));
    }

    private static int columnOf(CsvTable t, String column) {
        if (column != null) {
            return t.column(column);
        }
        if (t.header().size() != 2) {
            throw new CsvException(t.file(), 1, 0, "the file has " + (t.header().size() - 1) + " columns besides the "
                    + "start (" + String.join(", ", t.header().subList(1, t.header().size())) + "): say which with "
                    + "column:");
        }
        return 1;
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

    private static String clock(double seconds) {
        long m = Math.round(seconds / 60) % (24 * 60);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    private static String minutes(double seconds) {
        return Durations.format(Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
