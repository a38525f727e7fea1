package ccsim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalAccumulatorTest {

    /** Value 2 on [0,15), 5 on [15,25), 1 on [25,30) with 10 s intervals over 30 s; later values past the grid. */
    @Test
    void averagesAndPeaksPerInterval() {
        IntervalGrid grid = IntervalGrid.covering(30, 10);
        IntervalAccumulator a = new IntervalAccumulator(grid);
        a.update(0, 2);
        a.update(15, 5);
        a.update(25, 1);
        a.update(30, 9);
        a.update(40, 7);
        a.closeAt(30);
        assertEquals(3, grid.count());
        assertEquals(2.0, a.average(0), 1e-12);
        assertEquals((2 * 5 + 5 * 5) / 10.0, a.average(1), 1e-12);
        assertEquals((5 * 5 + 1 * 5) / 10.0, a.average(2), 1e-12);
        assertEquals(List.of(2.0, 5.0, 5.0), List.of(a.max(0), a.max(1), a.max(2)));
    }

    @Test
    void gridIndexesTimes() {
        IntervalGrid grid = IntervalGrid.covering(3600, 900);
        assertEquals(4, grid.count());
        assertEquals(0, grid.index(0));
        assertEquals(1, grid.index(900));
        assertEquals(3, grid.index(3599.9));
        assertEquals(3, grid.index(5000), "times past the grid fall in its last interval");
    }

    @Test
    void intervalSummaryLeavesOutUndefinedValues() {
        IntervalGrid grid = IntervalGrid.covering(20, 10);
        ReplicationResult a = new ReplicationResult.Builder().addPerInterval("sl", "ratio", grid,
                new double[] {0.8, Double.NaN}).build(0);
        ReplicationResult b = new ReplicationResult.Builder().addPerInterval("sl", "ratio", grid,
                new double[] {0.6, 0.9}).build(1);
        List<IntervalEstimate> e = Summary.intervals(List.of(a, b));
        assertEquals(0.7, e.get(0).mean(), 1e-12);
        assertEquals(2, e.get(0).replications());
        assertEquals(0.9, e.get(1).mean(), 1e-12);
        assertEquals(1, e.get(1).replications());
        assertEquals(10.0, e.get(1).start());
    }
}
