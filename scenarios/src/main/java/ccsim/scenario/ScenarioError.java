package ccsim.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with a scenario: where (file, line, column, field path) and what was expected.
 * Line and column are 0 when the problem has no place in the file (e.g. a --set override).
 */
public record ScenarioError(Path file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column + ": line " + line + ", column " + column
                : file.toString();
        return where + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }

    /** A value as an error quotes it: whole when short, else its start and its length (a 100 KB value is not echoed). */
    public static String shown(String value) {
        int limit = 40;
        return value.length() <= limit ? value : value.substring(0, limit) + "… (" + value.length() + " characters)";
    }
}
