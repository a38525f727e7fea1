package ccsim.scenario;

/** Finding lines in scenario text, for tests that check where an error points. */
final class ScenarioText {
    private ScenarioText() {
    }

    /** The 1-based number of the first line containing {@code needle}. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + needle);
    }
}
