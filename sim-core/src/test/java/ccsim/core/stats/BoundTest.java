package ccsim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundTest {
    private static Estimate estimate(double mean, double half) {
        return new Estimate("a ratio", "ratio", mean, half, 10);
    }

    /** At most 0.01: the interval's upper end decides met, its lower end decides missed. */
    @Test
    void anUpperBoundIsJudgedOnTheWholeInterval() {
        Bound b = new Bound(true, 0.01);
        assertEquals(Bound.Verdict.MET, b.judge(estimate(0.008, 0.002)), "0.006..0.010 all within");
        assertEquals(Bound.Verdict.UNDECIDED, b.judge(estimate(0.009, 0.002)), "0.007..0.011 straddles");
        assertEquals(Bound.Verdict.MISSED, b.judge(estimate(0.013, 0.002)), "0.011..0.015 all above");
    }

    @Test
    void aLowerBoundIsJudgedOnTheWholeInterval() {
        Bound b = new Bound(false, 0.8);
        assertEquals(Bound.Verdict.MET, b.judge(estimate(0.87, 0.05)));
        assertEquals(Bound.Verdict.UNDECIDED, b.judge(estimate(0.82, 0.05)));
        assertEquals(Bound.Verdict.MISSED, b.judge(estimate(0.7, 0.05)));
    }

    /** One replication has no interval (NaN): the mean alone decides, and nothing is undecided. */
    @Test
    void withoutAnIntervalTheMeanDecides() {
        Bound b = new Bound(true, 0.01);
        assertEquals(Bound.Verdict.MET, b.judge(estimate(0.0099, Double.NaN)));
        assertEquals(Bound.Verdict.MISSED, b.judge(estimate(0.0101, Double.NaN)));
    }

    @Test
    void readsAsAPlannerWritesIt() {
        assertEquals("≤ 0.01", new Bound(true, 0.01).describe());
        assertEquals("≥ 0.8", new Bound(false, 0.8).describe());
        assertEquals("undecided", Bound.Verdict.UNDECIDED.word());
    }
}
