package ccsim.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    private static List<ReplicationResult> runs(double... peaks) {
        List<ReplicationResult> out = new ArrayList<>();
        for (int r = 0; r < peaks.length; r++) {
            out.add(new ReplicationResult.Builder().add("peak busy ports", "ports", peaks[r]).build(r));
        }
        return out;
    }

    /**
     * Differences of +1, 0 and −1 port that cancel: their mean is exactly 0 (a running mean leaves
     * 1.4e-17 on this order, which a planner would read as a difference). The half-width by hand: the
     * differences' squares sum to 6, so s = sqrt(6/9), and t(0.975, 9) = 2.262157.
     */
    @Test
    void differencesThatCancelAverageToExactlyZero() {
        List<ReplicationResult> reference = runs(7, 8, 8, 7, 8, 8, 8, 7, 7, 8);
        List<ReplicationResult> variant = runs(8, 8, 7, 8, 8, 7, 8, 7, 8, 7);
        PairedDifference d = PairedDifference.of(reference, variant).get(0);
        assertEquals(0.0, d.mean());
        assertEquals(2.262157 * Math.sqrt(6.0 / 9) / Math.sqrt(10), d.halfWidth(), 1e-6);
        assertEquals(10, d.replications());
        assertFalse(d.significant());
    }

    /** The same difference in every replication: no spread, so any non-zero difference is significant. */
    @Test
    void aConstantDifferenceIsSignificant() {
        PairedDifference d = PairedDifference.of(runs(5, 6, 7), runs(6, 7, 8)).get(0);
        assertEquals(1.0, d.mean());
        assertEquals(0.0, d.halfWidth());
        assertTrue(d.significant());
    }

    @Test
    void runsOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(runs(1, 2), runs(1, 2, 3)));
    }

    /** A pair in which either side is undefined is left out: differences 1 and 3 remain, mean 2, from 2 pairs. */
    @Test
    void pairsWithAnUndefinedSideAreLeftOut() {
        double nan = Double.NaN;
        PairedDifference d = PairedDifference.of(runs(1, nan, 2, 5), runs(2, 4, nan, 8)).get(0);
        assertEquals(2.0, d.mean(), 1e-12);
        assertEquals(2, d.replications());
        assertEquals(12.7062047 * Math.sqrt(2) / Math.sqrt(2), d.halfWidth(), 1e-6);
    }
}
