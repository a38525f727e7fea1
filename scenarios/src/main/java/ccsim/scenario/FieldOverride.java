package ccsim.scenario;

/**
 * A command-line change to one field, {@code --set path=value}, e.g. {@code ipcs[0].ports=12};
 * {@code shownAs} is how the user wrote it, for messages.
 */
public record FieldOverride(FieldPath path, String value, String shownAs) implements java.io.Serializable {

    /** An override made by a dedicated option, e.g. {@code --seed 7} for {@code run.seed}. */
    public static FieldOverride of(String path, String value, String shownAs) {
        return new FieldOverride(FieldPath.parse(path), value, shownAs);
    }

    /** Parses {@code path=value}. */
    public static FieldOverride parse(String text) {
        int eq = text.indexOf('=');
        String shown = "--set " + ScenarioError.shown(text);
        if (eq <= 0) {
            throw new IllegalArgumentException(shown + ": expected path=value, e.g. ipcs[0].ports=12");
        }
        try {
            return new FieldOverride(FieldPath.parse(text.substring(0, eq).trim()), text.substring(eq + 1).trim(),
                    "--set " + text.substring(0, eq + 1) + ScenarioError.shown(text.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(shown + ": " + e.getMessage(), e);
        }
    }
}
