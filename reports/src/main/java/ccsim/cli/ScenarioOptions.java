package ccsim.cli;

import ccsim.scenario.FieldOverride;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** The scenario file, --set, and the run's replications and seed: for the commands that simulate. */
final class ScenarioOptions extends ScenarioFileOptions {
    @Option(names = "--replications", paramLabel = "N", description = "Replications to run (overrides run.replications).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Scenario seed (overrides run.seed). The same seed gives the same numbers.")
    Long seed;

    /** The overrides the options make (--set, --replications, --seed); null after printing a bad one. */
    @Override
    List<FieldOverride> overrides(PrintWriter err) {
        List<FieldOverride> overrides = super.overrides(err);
        if (overrides == null) {
            return null;
        }
        if (replications != null) {
            overrides.add(FieldOverride.of("run.replications", replications.toString(), "--replications " + replications));
        }
        if (seed != null) {
            overrides.add(FieldOverride.of("run.seed", seed.toString(), "--seed " + seed));
        }
        return overrides;
    }
}
