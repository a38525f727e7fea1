package ccsim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static ReplicationResult rep(int r, double x, double y) {
        return new ReplicationResult.Builder().add("x", "calls", x).add("y", "s", y).build(r);
    }

    /** Mean and Student-t half-width computed by hand: values 1..5, sd = sqrt(2.5), t(0.975, 4) = 2.776445. */
    @Test
    void meanAndHalfWidthMatchAHandComputation() {
        List<Estimate> e = Summary.of(List.of(rep(0, 1, 0), rep(1, 2, 0), rep(2, 3, 0), rep(3, 4, 0), rep(4, 5, 0)));
        assertEquals("x", e.get(0).measure());
        assertEquals("calls", e.get(0).unit());
        assertEquals(3.0, e.get(0).mean(), 1e-12);
        assertEquals(2.776445105 * Math.sqrt(2.5) / Math.sqrt(5), e.get(0).halfWidth(), 1e-6);
        assertEquals(5, e.get(0).replications());
        assertEquals(0.0, e.get(1).halfWidth(), 1e-12);
    }

    @Test
    void oneReplicationHasNoInterval() {
        Estimate e = Summary.of(List.of(rep(0, 4, 1))).get(0);
        assertEquals(4.0, e.mean());
        assertTrue(Double.isNaN(e.halfWidth()));
    }

    @Test
    void replicationsWithDifferentMeasuresAreRefused() {
        ReplicationResult other = new ReplicationResult.Builder().add("z", "s", 1).add("y", "s", 1).build(1);
        assertThrows(IllegalArgumentException.class, () -> Summary.of(List.of(rep(0, 1, 1), other)));
    }

    /**
     * A ratio defined in 2 of 6 replications (no call counted towards it in the others) is estimated from
     * those 2, and says so; it used to be "no value". Values 0.2 and 0.4: mean 0.3, sd = sqrt(0.02),
     * t(0.975, 1) = 12.7062.
     */
    @Test
    void aMeasureUndefinedInSomeReplicationsRestsOnTheOthers() {
        double nan = Double.NaN;
        List<Estimate> e = Summary.of(List.of(rep(0, nan, 1), rep(1, 0.2, 1), rep(2, nan, 1), rep(3, nan, 1),
                rep(4, 0.4, 1), rep(5, nan, 1)));
        assertEquals(0.3, e.get(0).mean(), 1e-12);
        assertEquals(2, e.get(0).replications());
        assertEquals(12.7062047 * Math.sqrt(0.02) / Math.sqrt(2), e.get(0).halfWidth(), 1e-6);
        assertEquals(6, e.get(1).replications());
    }

    /** Each measure another run adds stands after the measure it follows there, whichever run has it. */
    @Test
    void theUnionOfMeasuresKeepsEachRunsOrder() {
        assertEquals(List.of("a", "b", "w", "c", "d"), Summary.union(List.of(List.of("a", "b", "c", "d"),
                List.of("a", "b", "w", "c"))));
        assertEquals(List.of("a", "b", "w", "c", "d"), Summary.union(List.of(List.of("a", "b", "w", "c"),
                List.of("a", "b", "c", "d"))));
        assertEquals(List.of("x", "a"), Summary.union(List.of(List.of("a"), List.of("x", "a"))));
    }
}
