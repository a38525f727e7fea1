package ccsim.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aReaderSeesTheFractionWithinAThousandthAndAlwaysTheEnd() {
        Progress p = new Progress();
        // a million small steps, as arrivals report them
        for (int i = 1; i <= 999_999; i++) {
            p.report(i / 1_000_000.0);
            assertEquals(i / 1_000_000.0, p.fraction(), 0.001);
        }
        p.report(1);
        assertEquals(1.0, p.fraction());
    }

    @Test
    void valuesOutsideZeroToOneAreClampedAndAStepBackIsShown() {
        Progress p = new Progress();
        p.report(1.7);
        assertEquals(1.0, p.fraction());
        p.report(0.5);
        assertEquals(0.5, p.fraction());
        p.report(-3);
        assertEquals(0.0, p.fraction());
    }
}
