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
}
