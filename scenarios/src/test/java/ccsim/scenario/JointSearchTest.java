package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The joint search against an exhaustive one on a model small enough to try every configuration: two
 * resources, three targets, each measure getting no worse as either resource grows, and one target (lost)
 * that either resource can meet, so that prices decide between (7, 8) and (10, 5). The measures are exact
 * (no interval), so that the cheapest configuration meeting every target is one known number.
 */
class JointSearchTest {
    private static final int MAX = 40;
    private static final List<SizingTarget> TARGETS = List.of(SizingTarget.parse("level>=0.8"),
            SizingTarget.parse("lost<=0.02"), SizingTarget.parse("refused<=0.1"));

    /** Agents a set a level; a and ports b together set the share lost; ports alone the share refused. */
    private static List<Estimate> measures(int a, int b) {
        return List.of(new Estimate("level", "ratio", 1 - Math.exp(-(a - 3) / 2.0), 0, 4),
                new Estimate("lost", "ratio", 1.0 / (a * b), 0, 4),
                new Estimate("refused", "ratio", Math.exp(-b / 2.0), 0, 4));
    }

    private static boolean meets(int a, int b) {
        List<Estimate> m = measures(a, b);
        for (int t = 0; t < TARGETS.size(); t++) {
            if (TARGETS.get(t).judge(m.get(t)) != ccsim.core.stats.Bound.Verdict.MET) {
                return false;
            }
        }
        return true;
    }

    private static JointSearch.Result search(double priceA, double priceB, int startA, int startB, List<Integer> runs) {
        List<JointSearch.Resource> resources = List.of(
                new JointSearch.Resource(FieldPath.parse("agentGroups[0].agents"), priceA, startA, MAX),
                new JointSearch.Resource(FieldPath.parse("ipcs[*].ports"), priceB, startB, MAX));
        return JointSearch.search(resources, TARGETS, 4, 16, (values, n) -> {
            runs.add(1);
            int a = values.get(0);
            int b = values.get(1);
            boolean slackA = a >= 12;
            boolean slackB = b >= 12;
            return new JointSearch.Outcome(measures(a, b), List.of(slackA, slackB), priceA * a + priceB * b, 0);
        });
    }

    @ParameterizedTest(name = "agent {0}, port {1}")
    @CsvSource({"10, 3", "3, 2", "1, 1", "2, 3", "1, 5"})
    void theCheapestConfigurationTheExhaustiveSearchFinds(double priceA, double priceB) {
        double best = Double.POSITIVE_INFINITY;
        List<int[]> cheapest = new ArrayList<>();
        for (int a = 1; a <= MAX; a++) {
            for (int b = 1; b <= MAX; b++) {
                double cost = priceA * a + priceB * b;
                if (meets(a, b) && cost <= best) {
                    if (cost < best) {
                        cheapest.clear();
                    }
                    best = cost;
                    cheapest.add(new int[] {a, b});
                }
            }
        }
        List<Integer> runs = new ArrayList<>();
        JointSearch.Result r = search(priceA, priceB, 6, 3, runs);
        assertNotNull(r.answer(), r.why());
        assertEquals(best, r.answer().outcome().cost(), 1e-9, "answer " + r.answer().values());
        assertTrue(runs.size() < MAX * MAX / 20, "runs: " + runs.size());
    }

    /** A start near the answer saves runs; it does not change the answer. */
    @Test
    void theStartChangesTheRunCountNotTheAnswer() {
        List<Integer> cold = new ArrayList<>();
        List<Integer> warm = new ArrayList<>();
        JointSearch.Result fromOne = search(10, 3, 1, 1, cold);
        JointSearch.Result fromNear = search(10, 3, 8, 6, warm);
        assertEquals(fromOne.answer().values(), fromNear.answer().values());
        assertTrue(warm.size() < cold.size(), "warm " + warm.size() + " cold " + cold.size());
    }

    /** A target no amount of the resources meets stops the search once both are in excess, with the reason. */
    @Test
    void anUnreachableTargetStopsWhenEveryResourceIsInExcess() {
        List<JointSearch.Resource> resources = List.of(
                new JointSearch.Resource(FieldPath.parse("agentGroups[0].agents"), 1, 1, 10_000),
                new JointSearch.Resource(FieldPath.parse("ipcs[*].ports"), 1, 1, 10_000));
        List<Integer> runs = new ArrayList<>();
        JointSearch.Result r = JointSearch.search(resources, List.of(SizingTarget.parse("level>=0.99")), 4, 4,
                (values, n) -> {
                    runs.add(1);
                    double level = Math.min(0.95, 0.1 * values.get(0));
                    return new JointSearch.Outcome(List.of(new Estimate("level", "ratio", level, 0, n)),
                            List.of(values.get(0) >= 10, values.get(1) >= 1), values.get(0) + values.get(1), 0);
                });
        assertNull(r.answer());
        assertTrue(r.why().contains("level>=0.99 is still missed"), r.why());
        assertTrue(runs.size() < 10, "runs: " + runs.size());
    }
}
