package ccsim.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.engine.Engine;
import org.junit.jupiter.api.Test;

class CountedPoolTest {

    /** Busy 0 on [0,10), 2 on [10,20), 1 on [20,30), 2 on [30,40): observed from 10 to 40 the mean is 5/3. */
    @Test
    void timeAverageAndPeakCoverOnlyTheObservedInterval() {
        Engine e = new Engine();
        CountedPool pool = new CountedPool(e, "ports", 2);
        e.schedule(10, () -> {
            assertTrue(pool.tryAcquire());
            assertTrue(pool.tryAcquire());
            assertFalse(pool.tryAcquire());
            pool.startObservation();
        });
        e.schedule(20, pool::release);
        e.schedule(30, pool::tryAcquire);
        e.schedule(40, pool::endObservation);
        e.schedule(50, pool::release);
        e.runUntilEmpty();
        assertEquals((2 * 10 + 1 * 10 + 2 * 10) / 30.0, pool.meanBusy(), 1e-12);
        assertEquals(2, pool.peakBusy());
        assertEquals(1, pool.busy());
        // over the whole run: 2 units from 10 to 20, 1 to 30, 2 to 40, 2 to 50, 1 since (now = 50)
        assertEquals(2 * 10 + 1 * 10 + 2 * 10 + 2 * 10, pool.lifetimeBusySeconds(), 1e-12);
        assertEquals(1, pool.free());
    }

    @Test
    void releasingAnEmptyPoolIsAnError() {
        CountedPool pool = new CountedPool(new Engine(), "ports", 1);
        assertThrows(IllegalStateException.class, pool::release);
    }
}
