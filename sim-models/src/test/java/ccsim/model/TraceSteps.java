package ccsim.model;

import static org.junit.jupiter.api.Assertions.fail;

import ccsim.core.network.Delivery;
import ccsim.core.network.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders traced messages as "From -> To: label" lines and checks that expected steps occur in order. */
final class TraceSteps {
    private TraceSteps() {
    }

    static List<String> render(ContactCenter cc, List<Delivery> deliveries) {
        Map<String, String> names = new HashMap<>();
        for (Node n : cc.network().nodes()) {
            names.put(n.address().toString(), n.name());
        }
        return deliveries.stream().map(d -> names.get(d.from().toString()) + " -> " + names.get(d.to().toString())
                + ": " + d.message().label()).toList();
    }

    /** Each expected step appears in {@code steps}, after the one before it. */
    static void assertInOrder(List<String> steps, List<String> expected) {
        int at = 0;
        for (String step : expected) {
            int found = steps.subList(at, steps.size()).indexOf(step);
            if (found < 0) {
                fail("step '" + step + "' missing after position " + at + " in:\n  " + String.join("\n  ", steps));
            }
            at += found + 1;
        }
    }
}
