package ccsim.cli;

import ccsim.model.config.Scenario;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.FieldPath;
import ccsim.scenario.ScenarioError;
import ccsim.scenario.ScenarioException;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.Variant;
import ccsim.study.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and --set, shared by the commands that load one. */
class ScenarioFileOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), e.g. scenarios/standalone-sample.yaml.")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one field of the scenario without editing the file, e.g. --set ipcs[0].ports=12 "
                    + "or --set callTypes[0].callsPerHour=400. Repeatable; applied in order.")
    List<String> sets = new ArrayList<>();

    /** Loads and checks the scenario; on any problem prints every error and returns empty. */
    Optional<Scenario> load(PrintWriter err) {
        return loadVariants(err).map(v -> v.get(0).scenario());
    }

    /** The overrides the options make (--set); null after printing a bad one. */
    List<FieldOverride> overrides(PrintWriter err) {
        List<FieldOverride> overrides = new ArrayList<>();
        try {
            for (String s : sets) {
                overrides.add(FieldOverride.parse(s));
            }
        } catch (IllegalArgumentException e) {
            err.println("ccsim: " + e.getMessage());
            return null;
        }
        return overrides;
    }

    /**
     * Where {@code field} of variant {@code variant} (0 without variants) is set: the option, the
     * variant's line or the file's line that set it, followed by {@code message}.
     */
    String locate(int variant, FieldPath field, String message) {
        List<FieldOverride> overrides = new ArrayList<>();
        for (String s : sets) {
            overrides.add(FieldOverride.parse(s));
        }
        return new ScenarioLoader().locate(file, overrides, variant, field, message).toString();
    }

    /** Loads and checks the scenario and each of its variants; on any problem prints every error. */
    Optional<List<Variant>> loadVariants(PrintWriter err) {
        return checked(err, overrides -> new ScenarioLoader().loadVariants(file, overrides));
    }

    /** The scenario as a study (loaded and checked once); on any problem prints every error. */
    Optional<Study> study(PrintWriter err) {
        return checked(err, overrides -> Study.of(file, overrides));
    }

    private <T> Optional<T> checked(PrintWriter err, Function<List<FieldOverride>, T> load) {
        List<FieldOverride> overrides = overrides(err);
        if (overrides == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(load.apply(overrides));
        } catch (ScenarioException e) {
            for (ScenarioError error : e.errors()) {
                err.println(error);
            }
            err.println("ccsim: " + e.errors().size() + " problem" + (e.errors().size() == 1 ? "" : "s")
                    + " in " + file + "; nothing was run or written.");
            return Optional.empty();
        }
    }
}
