package ccsim.scenario;

/** A command-line change to one field, {@code --set path=value}, e.g. {@code ipcs[0].ports=12}. */
public record FieldOverride(FieldPath path, String value, String text) {

    /** Parses {@code path=value}. */
    public static FieldOverride parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--set " + text + ": expected path=value, e.g. ipcs[0].ports=12");
        }
        try {
            return new FieldOverride(FieldPath.parse(text.substring(0, eq).trim()), text.substring(eq + 1).trim(), text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set " + text + ": " + e.getMessage(), e);
        }
    }
}
