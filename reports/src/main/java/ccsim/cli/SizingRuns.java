package ccsim.cli;

import ccsim.scenario.FieldOverride;
import ccsim.scenario.ReplicationEngine;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Where a sizing search's runs go: this process's threads, or an engine such as Spark, to which each run
 * of the search (a candidate, or a round of a staffing profile) is one job. Either way a run is the
 * scenario file with the search's overrides, so the results are the same.
 */
final class SizingRuns {
    private final Path file;
    private final int variant;
    private final int cores;
    private final java.util.function.Supplier<ReplicationEngine> engine;
    private final ScenarioLoader loader = new ScenarioLoader();

    /** {@code engine} gives null for this process's {@code cores} threads (it is asked at each run: started late). */
    SizingRuns(Path file, int variant, int cores, java.util.function.Supplier<ReplicationEngine> engine) {
        this.file = file;
        this.variant = variant;
        this.cores = cores;
        this.engine = engine;
    }

    /** The scenario file with {@code overrides}, every replication run, {@code progress} told (may be null). */
    ScenarioRun run(List<FieldOverride> overrides, DoubleConsumer progress) {
        Variant v = loader.loadVariants(file, overrides).get(variant);
        ReplicationEngine on = engine.get();
        if (on == null) {
            return ScenarioRun.execute(v.scenario(), cores, 0, progress);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReplicationEngine.Point point = new ReplicationEngine.Point(file.toString(), text, overrides, variant);
        return ScenarioRun.executeAll(List.of(v), List.of(point), 0, progress, on).get(0);
    }
}
