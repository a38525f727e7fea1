package ccsim.cli;

import ccsim.scenario.Variant;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which of a scenario's variants sweep, size and worksheet work on: {@code --variant NAME}, or the
 * first, which a run compares the others against. A sweep or a search of every variant at once would
 * multiply its runs; a planner who wants two sizes them one after the other.
 */
final class VariantOption {
    @Option(names = "--variant", paramLabel = "NAME",
            description = "With a scenario that lists variants, the one to work on (default: the first).")
    String name;

    /** The index of the chosen variant in {@code variants}: refuses a name the scenario does not list. */
    int index(List<Variant> variants) {
        if (name == null) {
            return 0;
        }
        if (variants.size() < 2) {
            throw new IllegalArgumentException("--variant " + name + ": the scenario lists no variants");
        }
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("--variant " + name + ": the scenario lists no such variant; it lists "
                + String.join(", ", variants.stream().map(Variant::name).toList()));
    }

    /** A line naming the variant the command works on ({@code doing}: "sizing"), or nothing without variants. */
    static String notice(List<Variant> variants, int index, String doing) {
        if (variants.size() < 2) {
            return "";
        }
        String chosen = index == 0 ? "the first, " + variants.get(0).name() + " (--variant NAME chooses another)"
                : "variant " + (index + 1) + ", " + variants.get(index).name();
        return "The scenario lists " + variants.size() + " variants: " + doing + " " + chosen + "."
                + System.lineSeparator();
    }
}
