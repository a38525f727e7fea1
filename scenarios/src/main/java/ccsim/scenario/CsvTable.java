package ccsim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as planners export them (a header row, then rows of cells separated by commas, a cell
 * optionally in double quotes), read whole, every row keeping its line for the errors that name it.
 */
public record CsvTable(Path file, List<String> header, List<Row> rows) {
    /** The most a file may hold: a year of quarter hours, or a month of call records, fits many times over. */
    static final long MAX_BYTES = 50_000_000;

    /** A data row and its line in the file (1-based). */
    public record Row(int line, List<String> cells) {
    }

    public static CsvTable read(Path file) {
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CsvException(file, 0, 0, "the file is larger than 50 MB");
            }
            lines = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().lines().toList();
        } catch (NoSuchFileException e) {
            throw new CsvException(file, 0, 0, "no such file (a file a scenario names is found relative to it)");
        } catch (CharacterCodingException e) {
            throw new CsvException(file, 0, 0, "not UTF-8 text: save the export as UTF-8 CSV");
        } catch (IOException e) {
            throw new CsvException(file, 0, 0, "cannot read: " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new CsvException(file, 1, 0, "the file is empty: expected a header row, then one row per record");
        }
        List<String> header = cells(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = cells(lines.get(i));
            if (row.size() != header.size()) {
                throw new CsvException(file, i + 1, 0, "a row of " + row.size() + " cells under a header of "
                        + header.size());
            }
            rows.add(new Row(i + 1, row));
        }
        return new CsvTable(file, header, List.copyOf(rows));
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            String t = c.strip();
            out.add(t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t);
        }
        return out;
    }

    /** The index of the column {@code name}; an error listing the columns if there is none. */
    public int column(String name) {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new CsvException(file, 1, 0, "no column '" + name + "'; the columns: " + String.join(", ", header));
        }
        return at;
    }

    /** The cell of {@code row} in {@code column} as a number of zero or more; {@code what} says what it is. */
    public double number(Row row, int column, String what) {
        String text = row.cells().get(column);
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CsvException(file, row.line(), column + 1, (text.isEmpty() ? "no value" : "'" + text
                    + "' is not a number") + " in column " + header.get(column) + " (" + what + ")");
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new CsvException(file, row.line(), column + 1, what + " must be zero or more, was " + text);
        }
        return v;
    }

    /** Every value of {@code column}, in order, each a number of zero or more. */
    public double[] numbers(String column, String what) {
        int at = column(column);
        return rows.stream().mapToDouble(r -> number(r, at, what)).toArray();
    }

    /** Every value of {@code column} as a yes or no: 1/0, true/false, yes/no, or the words {@code yes} names. */
    public boolean[] flags(String column, String yes, String no) {
        int at = column(column);
        boolean[] out = new boolean[rows.size()];
        for (int i = 0; i < out.length; i++) {
            String t = rows.get(i).cells().get(at).toLowerCase(Locale.ROOT);
            if (t.equals("1") || t.equals("true") || t.equals("yes") || t.equals(yes)) {
                out[i] = true;
            } else if (!(t.equals("0") || t.equals("false") || t.equals("no") || t.equals(no))) {
                throw new CsvException(file, rows.get(i).line(), at + 1, "'" + rows.get(i).cells().get(at)
                        + "' is neither " + yes + " nor " + no + " (nor 1/0, true/false, yes/no)");
            }
        }
        return out;
    }
}
