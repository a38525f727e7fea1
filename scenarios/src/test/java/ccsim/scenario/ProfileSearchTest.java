package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The staffing profile search on intervals whose measure is exact (no interval around it): each interval's
 * answer is the fewest agents meeting its own bound, from any start, and an interval with no calls is left
 * as it started.
 */
class ProfileSearchTest {
    /** Interval j with x agents: 1 − exp(−(x − need_j)/2), so that x ≥ need_j + 3.22 meets 0.8. */
    private static final int[] NEED = {2, 5, 9, 14, 9, 5, 0};

    private static List<Estimate> measure(List<Integer> profile) {
        List<Estimate> out = new ArrayList<>();
        for (int j = 0; j < profile.size(); j++) {
            out.add(j == profile.size() - 1 ? new Estimate("level", "ratio", Double.NaN, Double.NaN, 0)
                    : new Estimate("level", "ratio", 1 - Math.exp(-(profile.get(j) - NEED[j]) / 2.0), 0, 4));
        }
        return out;
    }

    private static int fewest(int need) {
        int x = 1;
        while (1 - Math.exp(-(x - need) / 2.0) < 0.8) {
            x++;
        }
        return x;
    }

    @Test
    void eachIntervalGetsTheFewestMeetingItsBoundFromAnyStart() {
        for (List<Integer> start : List.of(List.of(1, 1, 1, 1, 1, 1, 1), List.of(30, 30, 30, 30, 30, 30, 30),
                List.of(6, 9, 13, 18, 13, 9, 3))) {
            int[] runs = {0};
            ProfileSearch.Result r = ProfileSearch.search(SizingTarget.parse("level>=0.8"), start, 1_000, p -> {
                runs[0]++;
                return measure(p);
            });
            for (int j = 0; j < NEED.length - 1; j++) {
                assertEquals(fewest(NEED[j]), r.profile().get(j), "interval " + j + " from " + start);
                assertEquals(ProfileSearch.Status.DECIDED, r.answers().get(j).status());
            }
            assertEquals(ProfileSearch.Status.NO_CALLS, r.answers().get(NEED.length - 1).status());
            assertEquals(start.get(NEED.length - 1), r.profile().get(NEED.length - 1), "no calls: left as it started");
            assertTrue(runs[0] < 20, "runs from " + start + ": " + runs[0]);
        }
    }
}
