package ccsim.study;

import ccsim.core.stats.Estimate;
import ccsim.lint.Finding;
import ccsim.lint.Lint;
import ccsim.model.config.Scenario;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A scenario to study from code: a notebook cell, a test, or the command line, which runs through this
 * same class. Load a scenario file, change fields with the {@code --set} path syntax, run it. A study
 * never changes: each change returns a new one, checked at once; a bad field throws an unchecked
 * {@link ccsim.scenario.ScenarioException} that names the file, line and field.
 *
 * <pre>{@code
 * var r = Study.load("scenarios/standalone-sample.yaml").set("ipcs[0].ports", 30).replications(5).run();
 * r.summary()                         // a Tablesaw table: measure, unit, mean, ci95_half_width
 * r.mean("blocking probability")
 * r.chart("ipcs-busy-ports")          // the report's chart, as an image
 * }</pre>
 */
public final class Study {
    /** Calls of replication 0 traced for ladder diagrams and message tables. */
    public static final int TRACED_CALLS = 30;
    /** Set by the first run: the runs of a sweep need one thread to initialize Tablesaw, not one each. */
    private static final AtomicBoolean TABLESAW_INITIALIZING = new AtomicBoolean();

    private final Path file;
    private final List<FieldOverride> overrides;
    private final int threads;
    private final List<Variant> variants;

    private Study(Path file, List<FieldOverride> overrides, int threads, List<Variant> variants) {
        this.file = file;
        this.overrides = List.copyOf(overrides);
        this.threads = threads;
        this.variants = variants;
    }

    private Study(Path file, List<FieldOverride> overrides, int threads) {
        this(file, overrides, threads, new ScenarioLoader().loadVariants(file, overrides));
    }

    /** The scenario file, as written, on all cores. */
    public static Study load(String file) {
        return of(Path.of(file), List.of());
    }

    /** The scenario file with these changes, on all cores. */
    public static Study of(Path file, List<FieldOverride> overrides) {
        return new Study(file, overrides, Runtime.getRuntime().availableProcessors());
    }

    /** The same study with one field changed, e.g. {@code set("ipcs[0].ports", 30)} or {@code set("ipcs[*].ports", 30)}. */
    public Study set(String path, Object value) {
        List<FieldOverride> more = new ArrayList<>(overrides);
        more.add(FieldOverride.of(path, String.valueOf(value), "set(\"" + path + "\", " + value + ")"));
        return new Study(file, more, threads);
    }

    public Study replications(int n) {
        return set("run.replications", n);
    }

    public Study seed(long seed) {
        return set("run.seed", seed);
    }

    /** How many threads run the replications: the results do not depend on it. */
    public Study threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + n);
        }
        return new Study(file, overrides, n, variants);
    }

    /** The scenario (the first variant's, when it has variants). */
    public Scenario scenario() {
        return variants.get(0).scenario();
    }

    /** Each variant with its scenario, or the scenario alone as one variant. */
    public List<Variant> variantScenarios() {
        return variants;
    }

    /** The names of the variants, or the scenario's name alone. */
    public List<String> variants() {
        return variants.stream().map(Variant::name).toList();
    }

    /** What the guide says of the scenario's options (see ccsim lint), per variant in order. */
    public List<Finding> lint() {
        return variants.stream().flatMap(v -> Lint.of(v.scenario()).stream()).toList();
    }

    /** Runs every replication of every variant on the same callers, tracing the first calls of replication 0. */
    public Results run() {
        return run(TRACED_CALLS, null);
    }

    /** Runs, tracing {@code tracedCalls} calls of replication 0 and telling {@code progress} (may be null). */
    public Results run(int tracedCalls, DoubleConsumer progress) {
        initializeTablesawMeanwhile();
        return new Results(variants, ScenarioRun.executeAll(variants, threads, tracedCalls, progress), threads);
    }

    /**
     * The same run on {@code engine} (Apache Spark, say): each variant travels as the scenario's text and
     * its overrides; the results are the embedded pool's.
     */
    public Results run(int tracedCalls, DoubleConsumer progress, ccsim.scenario.ReplicationEngine engine) {
        initializeTablesawMeanwhile();
        String text;
        try {
            text = java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<ccsim.scenario.ReplicationEngine.Point> points = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            points.add(new ccsim.scenario.ReplicationEngine.Point(file.toString(), text, overrides, v));
        }
        return new Results(variants, ScenarioRun.executeAll(variants, points, tracedCalls, progress, engine), threads);
    }

    /**
     * Tablesaw's Table scans the class path for its readers and writers when it is first used: 0.4 s
     * between the last replication and the result files, unless a thread of its own has done it while
     * the replications ran. A use that comes sooner waits for it, as any use of a class being
     * initialized waits. (Started any earlier, it slows the JVM's start by contending for its class loading.)
     */
    private static void initializeTablesawMeanwhile() {
        if (!TABLESAW_INITIALIZING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Class.forName("tech.tablesaw.api.Table", true, Study.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Tablesaw is missing from the class path", e);
            }
        }, "ccsim-tablesaw-init");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Runs the study once for each value of one field, every point on the same callers, and returns
     * every measure of each point: value, measure, unit, mean, ci95_half_width (of the first variant).
     */
    public Table sweep(String path, Object... values) {
        StringColumn value = StringColumn.create(path);
        StringColumn measure = StringColumn.create("measure");
        StringColumn unit = StringColumn.create("unit");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn half = DoubleColumn.create("ci95_half_width");
        for (Object v : values) {
            Results r = set(path, v).run(0, null);
            for (Estimate e : r.estimates()) {
                value.append(String.valueOf(v));
                measure.append(e.measure());
                unit.append(e.unit());
                mean.append(e.mean());
                half.append(e.halfWidth());
            }
        }
        return Table.create("sweep of " + path, value, measure, unit, mean, half);
    }

    @Override
    public String toString() {
        Scenario s = scenario();
        return "Study of " + file + ": " + s.name() + ", " + s.mode().name().toLowerCase().replace('_', '-') + ", "
                + s.run().replicationsText() + ", seed " + s.run().seed()
                + (variants.size() > 1 ? ", variants " + String.join(", ", variants()) : "")
                + (overrides.isEmpty() ? "" : ", changed: " + String.join(", ", overrides.stream()
                .map(FieldOverride::shownAs).toList()));
    }
}
