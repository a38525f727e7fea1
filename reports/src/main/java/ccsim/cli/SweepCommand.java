package ccsim.cli;

import ccsim.core.stats.Estimate;
import ccsim.model.config.Scenario;
import ccsim.report.OutputFolder;
import ccsim.report.ResultFiles;
import ccsim.report.SweepFiles;
import ccsim.report.TerminalTable;
import ccsim.report.html.SweepPage;
import ccsim.scenario.FieldWords;
import ccsim.scenario.ReplicationEngine;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.ScenarioError;
import ccsim.scenario.ScenarioException;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.SweepAxis;
import ccsim.scenario.Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** ccsim sweep: the scenario over a grid of values, every point on the same callers. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Runs a scenario over a grid of values, every point on the same callers.",
        description = {
            "Runs the scenario at every combination of the --vary values, all points on the same callers",
            "(common random numbers) and on all cores, and writes sweep.csv: one row per point and measure",
            "with its mean and 95%% confidence half-width, and sweep.html: the key measures at each point,",
            "and each charted against the swept value with its 95%% error bars (charts/ beside it). Example:",
            "  ./ccsim sweep scenarios/standalone-sample.yaml --vary 'ipcs[*].ports=20..30:2'"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed while running", "2:bad scenario or options"})
final class SweepCommand implements Callable<Integer> {
    /** The measures shown on the terminal, where the scenario has them. */
    private static final List<String> KEY_MEASURES = List.of("blocking probability", "service level",
            "average speed of answer", "abandonment rate", "agent occupancy");

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--vary", paramLabel = "PATH=VALUES", required = true,
            description = "A field and its values: from..to:step (e.g. 'ipcs[*].ports=20..60:5', [*] for every item) "
                    + "or a list (e.g. 'agentGroups[0].agents=80,90,100'). Repeat for a grid.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>-sweep).")
    Path out;

    @Mixin
    VariantOption variantOption;

    @Mixin
    EngineOption engineOption;

    @Mixin
    ThreadsOption threadsOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        List<SweepAxis> axes;
        try {
            axes = SweepAxis.parseAll(vary);
        } catch (IllegalArgumentException e) {
            err.println("ccsim: " + e.getMessage());
            return 2;
        }
        int threads = threadsOption.threads(err);
        if (threads == 0) {
            return 2;
        }
        List<FieldOverride> base = scenarioOptions.overrides(err);
        if (base == null) {
            return 2;
        }
        List<List<FieldOverride>> grid = SweepAxis.grid(axes);
        List<Variant> points = new ArrayList<>();
        ScenarioLoader loader = new ScenarioLoader();
        String which = "";
        int chosen = 0;
        for (List<FieldOverride> point : grid) {
            List<FieldOverride> all = new ArrayList<>(base);
            all.addAll(point);
            try {
                List<Variant> variants = loader.loadVariants(scenarioOptions.file, all);
                int v = variantOption.index(variants);
                chosen = v;
                points.add(new Variant(label(point), variants.get(v).scenario()));
                which = VariantOption.notice(variants, v, "sweeping");
            } catch (IllegalArgumentException e) {
                err.println("ccsim: " + e.getMessage() + "; nothing was run or written.");
                return 2;
            } catch (ScenarioException e) {
                for (ScenarioError error : e.errors()) {
                    err.println(error);
                }
                err.println("ccsim: the point " + label(point) + " is not a valid scenario; nothing was run or written.");
                return 2;
            }
        }
        Scenario s = points.get(0).scenario();
        Path dir = out != null ? out : Path.of("out", s.name() + "-sweep");
        if (OutputFolder.refused(dir, err)) {
            return 2;
        }
        o.print(which);
        o.flush();
        List<ScenarioRun> runs;
        if (engineOption.remote()) {
            String text;
            try {
                text = java.nio.file.Files.readString(scenarioOptions.file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            List<ReplicationEngine.Point> specs = new ArrayList<>();
            for (List<FieldOverride> point : grid) {
                List<FieldOverride> all = new ArrayList<>(base);
                all.addAll(point);
                specs.add(new ReplicationEngine.Point(scenarioOptions.file.toString(), text, all, chosen));
            }
            try (ReplicationEngine engine = engineOption.start(err)) {
                if (engine == null) {
                    return 2;
                }
                ProgressBar bar = new ProgressBar(System.err, s.name() + " sweep on " + engineOption.engine);
                runs = ScenarioRun.executeAll(points, specs, 0, bar, engine);
                bar.finish();
            }
        } else {
            ProgressBar bar = new ProgressBar(System.err, s.name() + " sweep");
            runs = ScenarioRun.executeAll(points, threads, 0, bar);
            bar.finish();
        }
        List<String> shown = shown(runs.get(0).summary());
        List<String> fields = axes.stream().map(a -> FieldWords.of(a.path(), s)).toList();
        List<List<String>> values = grid.stream().map(p -> p.stream().map(FieldOverride::value).toList()).toList();
        List<List<Estimate>> results = runs.stream().map(ScenarioRun::summary).toList();
        String what = grid.size() + " points × " + s.run().replicationsText();
        Path file = dir.resolve("sweep.csv");
        String subtitle = what + ", every point on the same callers (seed " + s.run().seed() + "). " + which.strip();
        List<Path> removed = OutputFolder.writeOrFail(dir, "sweep", folder -> {
            ResultFiles.writeCsv(table(axes, grid, runs), folder);
            new SweepPage(s.name() + " sweep", subtitle, fields, values, results, shown,
                    SweepFiles.charts(fields, values, results, shown),
                    runs.stream().map(r -> r.scenario().targets()).toList()).write(folder);
        });
        o.print(render(s.name(), axes, grid, runs, shown));
        o.println();
        o.println(what + "; results written to " + file + ", charted in " + dir.resolve("sweep.html"));
        OutputFolder.tellRemoved(o, removed);
        o.flush();
        return 0;
    }

    private static String label(List<FieldOverride> point) {
        return String.join(", ", point.stream().map(p -> p.path() + "=" + p.value()).toList());
    }

    /** One row per point and measure: the axis values, then the measure's mean, half-width and unit. */
    static Table table(List<SweepAxis> axes, List<List<FieldOverride>> grid, List<ScenarioRun> runs) {
        List<List<String>> axisValues = new ArrayList<>();
        axes.forEach(a -> axisValues.add(new ArrayList<>()));
        List<Integer> point = new ArrayList<>();
        List<String> measure = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        List<String> unit = new ArrayList<>();
        List<Integer> reps = new ArrayList<>();
        for (int p = 0; p < runs.size(); p++) {
            for (Estimate e : runs.get(p).summary()) {
                for (int a = 0; a < axes.size(); a++) {
                    axisValues.get(a).add(grid.get(p).get(a).value());
                }
                point.add(p);
                measure.add(e.measure());
                mean.add(e.mean());
                half.add(e.halfWidth());
                unit.add(e.unit());
                reps.add(e.replications());
            }
        }
        Table t = Table.create("sweep", IntColumn.create("point", point.stream().mapToInt(Integer::intValue).toArray()));
        for (int a = 0; a < axes.size(); a++) {
            t.addColumns(StringColumn.create(axes.get(a).path().toString(), axisValues.get(a)));
        }
        return t.addColumns(StringColumn.create("measure", measure),
                DoubleColumn.create("mean", mean.stream().mapToDouble(Double::doubleValue)),
                DoubleColumn.create("ci95_half_width", half.stream().mapToDouble(Double::doubleValue)),
                StringColumn.create("unit", unit),
                IntColumn.create("replications", reps.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The key measures a scenario has, shown on the terminal and charted. */
    private static List<String> shown(List<Estimate> summary) {
        return summary.stream().map(Estimate::measure)
                .filter(m -> KEY_MEASURES.stream().anyMatch(m::startsWith)).toList();
    }

    private static String render(String name, List<SweepAxis> axes, List<List<FieldOverride>> grid,
                                 List<ScenarioRun> runs, List<String> shown) {
        StringBuilder b = new StringBuilder(name + " sweep\n");
        StringBuilder header = new StringBuilder();
        for (SweepAxis a : axes) {
            header.append(String.format(Locale.ROOT, "%-" + Math.max(10, a.path().toString().length()) + "s  ",
                    a.path()));
        }
        for (String m : shown) {
            header.append(String.format(Locale.ROOT, "%" + columnWidth(m) + "s", m));
        }
        b.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        for (int p = 0; p < runs.size(); p++) {
            for (int a = 0; a < axes.size(); a++) {
                b.append(String.format(Locale.ROOT, "%-" + Math.max(10, axes.get(a).path().toString().length())
                        + "s  ", grid.get(p).get(a).value()));
            }
            for (String m : shown) {
                Estimate e = runs.get(p).summary().stream().filter(x -> x.measure().equals(m)).findFirst().orElseThrow();
                b.append(String.format(Locale.ROOT, "%" + columnWidth(m) + "s", TerminalTable.number(e.mean()) + " ± "
                        + TerminalTable.number(e.halfWidth())));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A measure's column: room for a mean ± half-width, and never less than its name and two spaces. */
    private static int columnWidth(String measure) {
        return Math.max(24, measure.length() + 2);
    }
}
