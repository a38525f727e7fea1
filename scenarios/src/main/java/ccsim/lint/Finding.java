package ccsim.lint;

import ccsim.scenario.FieldPath;

/**
 * One option set otherwise than the guide requires for the scenario's mode.
 *
 * @param option      the option's name (Appendix B) or the setting's
 * @param where       the scenario field where it is set, or where it would be set when it is missing
 * @param guide       where the guide states the requirement (table or procedure)
 * @param requirement what the guide requires, and what the scenario has
 * @param consequence what that does to calls
 * @param simulated   whether {@code ccsim run} simulates the consequence (else the guide states none the
 *                    model could follow, and the finding is the deviation alone)
 */
public record Finding(String option, FieldPath where, String guide, String requirement, String consequence,
                      boolean simulated) {
}
