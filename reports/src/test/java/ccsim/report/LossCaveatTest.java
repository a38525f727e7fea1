package ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.stats.Estimate;
import ccsim.model.config.TargetConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A verdict never reads a plain "met" on a measure that improves only because callers were lost before
 * it: the what-if's bridged variant showed service level 0.98 "met" with 9.3% of callers blocked at entry.
 */
class LossCaveatTest {
    private static Estimate e(String measure, double mean) {
        return new Estimate(measure, "x", mean, 0.01, 10);
    }

    private static List<Estimate> summary(double blocked, double failed) {
        return List.of(e("offered calls", 1000), e("redial attempts", 0), e("calls blocked", blocked),
                e("calls failed", failed), e("service level", 0.98), e("blocking probability", blocked / 1000));
    }

    @Test
    void aQueueMeasureMetWhileCallersWereLostIsQualified() {
        assertEquals(Optional.of("met only because 9.3% of calls were blocked or failed first"),
                LossCaveat.of("service level", summary(73, 20)));
        assertEquals(Optional.empty(), LossCaveat.of("service level", summary(5, 5)), "1% or less: no caveat");
        assertEquals(Optional.empty(), LossCaveat.of("blocking probability", summary(73, 20)),
                "blocking itself owes nothing to losses");
    }

    @Test
    void theTerminalMarksTheVerdictAndSaysWhy() {
        List<TargetConfig> targets = List.of(new TargetConfig("service level", 0.8, null));
        String out = TerminalTable.targets(List.of("a", "bridged"), List.of(targets, targets),
                List.of(summary(0, 0), summary(93, 0)));
        assertTrue(out.contains("met *"), out);
        assertTrue(out.contains("* service level ≥ 0.8 (bridged): met only because 9.3% of calls were blocked or failed "
                + "first"), out);
    }
}
