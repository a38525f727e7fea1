package ccsim.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArrivalRateTest {

    /** Rates 1, 0, 2 per second in 10 s intervals: the cumulative rate is inverted piece by piece. */
    @Test
    void piecewiseRateInvertsItsCumulativeRate() {
        ArrivalRate r = new ArrivalRate.Piecewise(10, new double[] {1, 0, 2});
        assertEquals(3.0, r.next(0, 3), 1e-12);
        assertEquals(10.0, r.next(5, 5), 1e-12, "exactly at the end of the first interval");
        assertEquals(21.0, r.next(5, 7), 1e-12, "5 in the first interval, none in the second, 2 more at rate 2");
        assertEquals(Double.POSITIVE_INFINITY, r.next(25, 11), "nothing after the profile");
        assertEquals(10 + 0 + 20, r.expected(0, 30), 1e-12);
        assertEquals(5 + 10, r.expected(5, 25), 1e-12);
    }

    @Test
    void scalingMultipliesEveryRate() {
        assertEquals(new ArrivalRate.Constant(3).perSecond() * 2, ((ArrivalRate.Constant) new ArrivalRate.Constant(3)
                .scaled(2)).perSecond());
        assertEquals(40, new ArrivalRate.Piecewise(10, new double[] {1, 1}).scaled(2).expected(0, 20), 1e-12);
    }

    @Test
    void negativeRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArrivalRate.Piecewise(10, new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> new ArrivalRate.Constant(0));
    }
}
