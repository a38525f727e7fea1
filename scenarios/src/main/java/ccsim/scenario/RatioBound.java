package ccsim.scenario;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A bound on a ratio that no run can meet, or that every run meets: a ratio lies between 0 and 1,
 * and a planner who writes a service level of 80 means 0.8. Checked for the scenario's targets and
 * for {@code size --target}, before anything runs.
 */
final class RatioBound {
    private RatioBound() {
    }

    /** Why {@code bound} (a maximum when {@code atMost}) makes no sense for {@code measure}, if it does not. */
    static Optional<String> problem(String measure, String unit, boolean atMost, double bound) {
        if (!unit.equals("ratio") || (bound >= 0 && bound <= 1)) {
            return Optional.empty();
        }
        BigDecimal b = BigDecimal.valueOf(bound).stripTrailingZeros();
        String percent = bound > 1 && bound <= 100 ? " (for " + b.toPlainString() + "%, write "
                + b.movePointLeft(2).stripTrailingZeros().toPlainString() + ")" : "";
        return Optional.of(measure + " is a ratio from 0 to 1, so a bound of " + b.toPlainString() + " is "
                + (atMost == bound > 1 ? "always met" : "never met") + percent);
    }
}
