package ccsim.scenario;

import java.nio.file.Path;

/** A mistake in a CSV file a scenario or a command reads, at a line and column (1-based; 0: the whole file). */
public final class CsvException extends RuntimeException {
    private final transient Path file;
    private final int line;
    private final int column;

    public CsvException(Path file, int line, int column, String message) {
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

    /** "file:line:column: message", as compilers and the scenario's errors write it. */
    public String where() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + getMessage();
    }
}
