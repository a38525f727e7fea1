package ccsim.cli;

import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalObservation;
import ccsim.core.stats.Summary;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import ccsim.model.config.TargetConfig;
import ccsim.report.OutputFolder;
import ccsim.report.html.SizePage;
import ccsim.report.ResultFiles;
import ccsim.report.SizingFiles;
import ccsim.report.TerminalTable;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.FieldPath;
import ccsim.scenario.Durations;
import ccsim.scenario.FieldWords;
import ccsim.scenario.ReplicationEngine;
import ccsim.scenario.ScenarioException;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.SizingSearch;
import ccsim.scenario.SizingTarget;
import ccsim.scenario.Variant;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ccsim size: the smallest number of ports or agents that meets a target, or the cheapest mix meeting several. */
@Command(name = "size", mixinStandardHelpOptions = true,
        header = "Finds the fewest ports or agents that meet a target on its confidence interval.",
        description = {
            "Finds the smallest whole value of a field (ports, agents) at which the target holds for the",
            "whole 95%% confidence interval, running only the points a doubling-then-bisecting search needs,",
            "all on the same callers. It lists the runs it made and says when the interval cannot decide",
            "between the answer and the value below, and writes the runs to size.csv. Examples:",
            "  ./ccsim size scenarios/standalone-sample.yaml --target 'blocking<=0.01' --vary 'ipcs[*].ports'",
            "  ./ccsim size scenarios/behind-gvp-queuing.yaml --target 'serviceLevel>=0.9' --vary 'agentGroups[0].agents'",
            "With --per-interval on a group's agents, a staffing profile: the agents each reporting interval",
            "(run.interval) needs given the others' staffing, every run applying each interval's own value; it",
            "writes size-intervals.csv, staffing.yaml (to paste into the group) and size.html:",
            "  ./ccsim size scenarios/busy-day.yaml --target 'serviceLevel>=0.8' --vary 'agentGroups[0].agents' --per-interval",
            "(busy-day's 48 half-hours: 16 runs, under 3 minutes with --replications 2 on 2 cores). On other fields,",
            "--per-interval applies one value all day and judges each interval on it.",
            "With several --vary or several --target (or none: the scenario's targets, all of them), the",
            "configuration meeting every target at the lowest cost (the scenario's costs) or with the fewest",
            "units, started from Erlang B/C estimates, replications doubled only where the interval cannot decide:",
            "  ./ccsim size scenarios/behind-stream-manager-queuing.yaml --vary 'ipcs[*].ports' \\",
            "      --vary 'streamManager.ports' --vary 'agentGroups[0].agents'"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answer found", "1:failed while running", "2:bad scenario or options", "3:no value up to --max meets the target"})
final class SizeCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--target", paramLabel = "MEASURE<=VALUE",
            description = "What must hold, e.g. 'blocking<=0.01' or 'serviceLevel>=0.8' (measure names loosely: case, "
                    + "spaces and a unique prefix do not matter); may be given several times. Without it, the "
                    + "scenario's targets, all of them.")
    List<String> targetTexts = new ArrayList<>();

    @Option(names = "--vary", paramLabel = "PATH", required = true,
            description = "A whole-number field to size, e.g. 'ipcs[*].ports', 'streamManager.ports' or "
                    + "'agentGroups[0].agents'; may be given several times to size them together.")
    List<String> varyTexts = new ArrayList<>();

    @Option(names = "--cold-start", description = "Start every field at 1 instead of the queueing formula's estimate "
            + "or the scenario's value (to compare: the start changes the run count, not the answer).")
    boolean coldStart;

    @Option(names = "--every-variant", description = "Size every variant of the scenario, each into a folder of its "
            + "own, and compare their answers' costs on the same callers, with the paired difference (comparison.csv).")
    boolean everyVariant;

    @Option(names = "--max-replications", paramLabel = "N", description = "Sizing several fields or targets: a "
            + "configuration the interval cannot decide is run again with twice the replications, up to this many "
            + "(default: 4 times --replications).")
    Integer maxReplications;

    @Option(names = "--from", paramLabel = "N", description = "Where the search starts (default: the scenario's value).")
    Integer from;

    @Option(names = "--max", paramLabel = "N", defaultValue = "10000",
            description = "The largest value tried (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--per-interval",
            description = "Size each reporting interval separately (the answer per interval, for rostering).")
    boolean perInterval;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>-size).")
    Path out;

    @Mixin
    VariantOption variantOption;

    @Mixin
    EngineOption engineOption;

    /** The engine the runs go to once started (null: this process's threads). */
    private ReplicationEngine engine;

    /** The threads the runs use on this process, once the option is read. */
    private int cores;

    @Mixin
    ThreadsOption threadsOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        List<SizingTarget> targets = new ArrayList<>();
        List<FieldPath> paths = new ArrayList<>();
        try {
            for (String text : targetTexts) {
                targets.add(SizingTarget.parse(text));
            }
            for (String text : varyTexts) {
                FieldPath p = FieldPath.parse(text);
                if (paths.contains(p)) {
                    throw new IllegalArgumentException("--vary " + p + " is given twice");
                }
                paths.add(p);
            }
        } catch (IllegalArgumentException e) {
            err.println("ccsim: " + e.getMessage());
            return 2;
        }
        if (max < 1 || (from != null && (from < 1 || from > max))) {
            err.println("ccsim: --from and --max must be whole values from 1 up, --from no larger than --max; were "
                    + (from == null ? "" : "--from " + from + " and ") + "--max " + max + ". Nothing was run.");
            return 2;
        }
        List<FieldOverride> base = scenarioOptions.overrides(err);
        if (base == null) {
            return 2;
        }
        ScenarioLoader loader = new ScenarioLoader();
        cores = threadsOption.threads(err);
        if (cores == 0) {
            return 2;
        }
        String measure;
        int start;
        Path dir;
        SizingTarget t;
        FieldPath path;
        JointSize.Question joint = null;
        List<JointSize.Question> everyJoint = null;
        String which;
        int variant;
        try {
            List<Variant> variants = loader.loadVariants(scenarioOptions.file, base);
            variant = variantOption.index(variants);
            Scenario s = variants.get(variant).scenario();
            which = VariantOption.notice(variants, variant, "sizing");
            if (s.run().replications() < 2) {
                throw new IllegalArgumentException("size judges each value on its 95% confidence interval, which "
                        + "needs 2 replications or more; the scenario asks for " + s.run().replications()
                        + " (--replications sets it). Nothing was run.");
            }
            dir = out != null ? out : Path.of("out", s.name() + "-size");
            if (targets.isEmpty()) {
                for (TargetConfig tc : s.targets()) {
                    boolean atMost = tc.max() != null;
                    double bound = atMost ? tc.max() : tc.min();
                    targets.add(new SizingTarget(tc.measure(), atMost, bound, tc.measure() + (atMost ? "<=" : ">=")
                            + bound));
                }
                if (targets.isEmpty()) {
                    throw new IllegalArgumentException("no --target given and " + scenarioOptions.file + " sets no "
                            + "targets: say what must hold, e.g. --target 'serviceLevel>=0.8'. Nothing was run.");
                }
            }
            // the measure's exact name, from a one-second run: names do not depend on the length
            RunSettings second = new RunSettings(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1), 1,
                    s.run().seed(), s.run().eventList());
            ScenarioRun probe = ScenarioRun.execute(s.withRun(second), 1, 0, null);
            if (targets.size() > 1 || paths.size() > 1 || everyVariant) {
                if (perInterval) {
                    throw new IllegalArgumentException("--per-interval sizes one field against one target, in one "
                            + "variant; give one --vary and one --target. Nothing was run.");
                }
                if (everyVariant && (variants.size() < 2 || variantOption.name != null)) {
                    throw new IllegalArgumentException(variants.size() < 2 ? "--every-variant: the scenario lists no "
                            + "variants" : "--every-variant sizes them all: leave out --variant. Nothing was run.");
                }
                joint = joint(s, probe, targets, paths, base, loader, variant, variants.get(variant).name(), dir);
                if (everyVariant) {
                    everyJoint = new ArrayList<>();
                    for (int v = 0; v < variants.size(); v++) {
                        Scenario sv = variants.get(v).scenario();
                        everyJoint.add(joint(sv, ScenarioRun.execute(sv.withRun(second), 1, 0, null), targets, paths,
                                base, loader, v, variants.get(v).name(), dir.resolve(variants.get(v).name())));
                    }
                }
            }
            t = targets.get(0);
            path = paths.get(0);
            measure = perInterval
                    ? t.resolveAmong(probe.replications().get(0).intervals().stream()
                            .map(IntervalObservation::measure).distinct().toList())
                    : t.resolve(probe.summary());
            String m = measure;
            t.checkBound(measure, perInterval
                    ? probe.replications().get(0).intervals().stream().filter(x -> x.measure().equals(m)).findFirst()
                            .orElseThrow().unit()
                    : probe.summary().stream().filter(x -> x.measure().equals(m)).findFirst().orElseThrow().unit());
            OptionalInt current = loader.intAt(scenarioOptions.file, base, variant, path);
            // a field the scenario cannot have is named now, not after the first run as a refused value
            List<FieldOverride> probed = new ArrayList<>(base);
            probed.add(override(path, from != null ? from : current.orElse(1)));
            loader.loadVariants(scenarioOptions.file, probed);
            if (from == null && current.isEmpty()) {
                throw new IllegalArgumentException(path + " is not set in " + scenarioOptions.file
                        + ": give --from, the value the search starts at");
            }
            start = from != null ? from : Math.max(1, current.getAsInt());
        } catch (ScenarioException e) {
            e.errors().forEach(err::println);
            err.println("ccsim: nothing was run.");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("ccsim: " + e.getMessage());
            return 2;
        }
        if (OutputFolder.refused(dir, err)) {
            return 2;
        }
        if (engineOption.remote()) {
            engine = engineOption.start(err);
            if (engine == null) {
                return 2;
            }
        }
        try {
            if (everyJoint != null) {
                o.println("Sizing " + String.join(", ", paths.stream().map(FieldPath::toString).toList()) + " in each of "
                        + everyJoint.size() + " variants, for " + String.join(", ", joint.targets().stream()
                        .map(SizingTarget::text).toList()) + " (each judged on the 95% confidence interval)");
                o.flush();
                try {
                    return new EveryVariantSize(everyJoint.stream().map(q -> new JointSize(q, loader, o)).toList(),
                            everyJoint.stream().map(JointSize.Question::variantName).toList(),
                            paths.stream().map(FieldPath::toString).toList(), o, dir).run();
                } catch (ScenarioException e) {
                    o.flush();
                    e.errors().forEach(err::println);
                    err.println("ccsim: the search reached a value the scenario refuses; lower --max. Nothing was written.");
                    return 2;
                }
            }
            if (joint != null) {
                o.print(which);
                o.println("Sizing " + String.join(", ", paths.stream().map(FieldPath::toString).toList()) + " for "
                        + String.join(", ", joint.targets().stream().map(SizingTarget::text).toList())
                        + " (each judged on the 95% confidence interval)");
                o.flush();
                try {
                    return new JointSize(joint, loader, o).run();
                } catch (ScenarioException e) {
                    o.flush();
                    e.errors().forEach(err::println);
                    err.println("ccsim: the search reached a value the scenario refuses; lower --max. Nothing was written.");
                    return 2;
                }
            }
            o.print(which);
            o.println("Sizing " + path + " for " + measure + (t.atMost() ? " <= " : " >= ") + t.bound()
                    + " (judged on the 95% confidence interval)");
            o.flush();
            Search search = new Search(t, path, loader, base, variant, cores, measure, o, dir);
            try {
                Integer group = agentGroupOf(path);
                if (perInterval && group != null) {
                    Scenario s = loader.loadVariants(scenarioOptions.file, base).get(variant).scenario();
                    return new StaffingSize(new StaffingSize.Question(scenarioOptions.file, base, variant, s, group, t,
                            measure, max, coldStart, dir, runner(variant)), o).run();
                }
                return perInterval ? search.perInterval(start) : search.whole(start);
            } catch (ScenarioException e) {
                // the search reached a value the scenario's checks refuse (a license or release limit)
                search.bar.clear();
                o.flush();
                e.errors().forEach(err::println);
                err.println("ccsim: the search stopped at a value the scenario refuses; lower --max. Nothing was written.");
                return 2;
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
        }
    }

    /**
     * The question of a joint search, every target resolved and checked against the others, every field
     * checked to exist and, with costs, to have a price.
     */
    private JointSize.Question joint(Scenario s, ScenarioRun probe, List<SizingTarget> targets, List<FieldPath> paths,
                                     List<FieldOverride> base, ScenarioLoader loader, int variant, String variantName,
                                     Path dir) {
        List<String> measures = new ArrayList<>();
        for (SizingTarget t : targets) {
            String m = t.resolve(probe.summary());
            t.checkBound(m, probe.summary().stream().filter(x -> x.measure().equals(m)).findFirst().orElseThrow().unit());
            measures.add(m);
        }
        for (int a = 0; a < targets.size(); a++) {
            for (int b = 0; b < targets.size(); b++) {
                SizingTarget x = targets.get(a);
                SizingTarget y = targets.get(b);
                if (measures.get(a).equals(measures.get(b)) && x.atMost() && !y.atMost() && y.bound() > x.bound()) {
                    throw new IllegalArgumentException("the targets " + x.text() + " and " + y.text() + " contradict "
                            + "each other: " + measures.get(a) + " cannot be at most " + x.bound() + " and at least "
                            + y.bound() + ". Nothing was run.");
                }
            }
        }
        List<FieldOverride> probed = new ArrayList<>(base);
        for (FieldPath p : paths) {
            probed.add(override(p, loader.intAt(scenarioOptions.file, base, variant, p).orElse(1)));
        }
        loader.loadVariants(scenarioOptions.file, probed);
        JointSize.prices(s, paths);
        return new JointSize.Question(scenarioOptions.file, base, variant, variantName, s, List.copyOf(paths),
                List.copyOf(targets), List.copyOf(measures), max, coldStart,
                maxReplications != null ? maxReplications : 4 * s.run().replications(), dir, runner(variant));
    }

    /** The runs of a search of {@code variant}, on the engine once it is started. */
    private SizingRuns runner(int variant) {
        return new SizingRuns(scenarioOptions.file, variant, cores, () -> engine);
    }

    /** The group whose agents {@code path} names ({@code agentGroups[2].agents}: 2), or null. */
    private static Integer agentGroupOf(FieldPath path) {
        List<Object> seg = path.segments();
        return seg.size() == 3 && "agentGroups".equals(seg.get(0)) && seg.get(1) instanceof Integer i
                && "agents".equals(seg.get(2)) ? i : null;
    }

    /** The field sized, set to {@code value}, as messages name it. */
    private static FieldOverride override(FieldPath path, int value) {
        return new FieldOverride(path, String.valueOf(value), "--vary " + path + "=" + value);
    }

    /** One search: its runs one after another under one progress bar, each result printed as it comes. */
    private final class Search {
        private final SizingTarget t;
        private final FieldPath path;
        private final ScenarioLoader loader;
        private final List<FieldOverride> base;
        private final int variant;
        private final int cores;
        private final String measure;
        private final PrintWriter o;
        private final Path dir;
        private final ProgressBar bar;
        /** The variant sized, by name and as loaded: size.csv records it, size.html names its fields. */
        private final String variantName;
        private final Scenario scenarioAt;
        private final SizingRuns runner;
        private int runs;

        Search(SizingTarget t, FieldPath path, ScenarioLoader loader, List<FieldOverride> base, int variant,
               int cores, String measure, PrintWriter o, Path dir) {
            Variant chosen = loader.loadVariants(scenarioOptions.file, base).get(variant);
            this.variantName = chosen.name();
            this.scenarioAt = chosen.scenario();
            this.runner = SizeCommand.this.runner(variant);
            this.t = t;
            this.path = path;
            this.loader = loader;
            this.base = base;
            this.variant = variant;
            this.cores = cores;
            this.measure = measure;
            this.o = o;
            this.dir = dir;
            this.bar = new ProgressBar(System.err, "sizing " + path);
        }

        /** The whole horizon judged as one: each run listed as it is made, then the answer. */
        int whole(int start) {
            SizingSearch.Result r = SizingSearch.search(t, start, max, v -> {
                ScenarioRun run = runAt(v);
                Estimate e = run.summary().stream().filter(x -> x.measure().equals(measure)).findFirst().orElseThrow();
                say(String.format(Locale.ROOT, "  %s = %-6d %s ± %s  %s", path, v, TerminalTable.number(e.mean()),
                        TerminalTable.number(e.halfWidth()), t.judge(e).word()));
                return new SizingSearch.Probe(e, Slack.of(path, run.summary()));
            });
            o.println();
            Table runs = SizingFiles.runs(variantName, path.toString(), r);
            String answer = r.plateau() != null ? Slack.explain(path, measure, r.plateau())
                    : r.smallest() < 0 ? "No value up to " + max + " meets the target."
                    : "Smallest " + path + " meeting the target: " + r.smallest() + " (" + r.steps().size() + " runs)"
                    + (r.undecidedBelow() ? "; the interval cannot decide between " + (r.smallest() - 1) + " and "
                    + r.smallest() + "." : ".");
            String scenario = scenarioOptions.file.getFileName().toString().replaceFirst("\\.yaml$", "");
            List<Path> removed = OutputFolder.writeOrFail(dir, "size", folder -> {
                ResultFiles.writeCsv(runs, folder);
                new SizePage(scenario, FieldWords.of(path, scenarioAt), measure, t, r, answer).write(folder);
            });
            Path file = dir.resolve(runs.name() + ".csv");
            if (r.plateau() != null) {
                o.println(Slack.explain(path, measure, r.plateau()) + " Runs written to " + file);
                OutputFolder.tellRemoved(o, removed);
                o.flush();
                return 3;
            }
            if (r.smallest() < 0) {
                o.println("No value up to " + max + " meets the target. Runs written to " + file);
                OutputFolder.tellRemoved(o, removed);
                o.flush();
                return 3;
            }
            o.println("Smallest " + path + " meeting the target: " + r.smallest() + " (" + r.steps().size() + " runs)");
            if (r.undecidedBelow()) {
                o.println("The confidence interval cannot decide between " + (r.smallest() - 1) + " and "
                        + r.smallest() + ": " + (r.smallest() - 1) + " may meet the target too. More replications "
                        + "would tell.");
            }
            o.println("Runs written to " + file);
            OutputFolder.tellRemoved(o, removed);
            o.flush();
            return 0;
        }

        /** One line per interval: its smallest value, or why there is none. */
        int perInterval(int start) {
            List<SizingSearch.IntervalResult> answers = SizingSearch.perInterval(t, start, max, v -> {
                ScenarioRun run = runAt(v);
                say("  ran " + path + " = " + v);
                return Summary.intervals(run.replications()).stream().filter(e -> e.measure().equals(measure))
                        .toList();
            });
            o.println();
            o.println(String.format(Locale.ROOT, "  %-9s %s", "interval", "smallest " + path));
            boolean allFound = true;
            for (SizingSearch.IntervalResult a : answers) {
                String answer;
                if (a.result() == null) {
                    answer = "no calls";
                } else if (a.result().smallest() < 0) {
                    answer = "none up to " + max;
                    allFound = false;
                } else {
                    answer = a.result().smallest() + (a.result().undecidedBelow() ? " (or "
                            + (a.result().smallest() - 1) + ": undecided)" : "");
                }
                o.println(String.format(Locale.ROOT, "  %-9s %s", Durations.clock(a.start()), answer));
            }
            Table table = SizingFiles.intervals(path.toString(), measure, max, answers);
            List<Path> removed = OutputFolder.writeOrFail(dir, "size", folder -> ResultFiles.writeCsv(table, folder));
            o.println("Answers written to " + dir.resolve(table.name() + ".csv"));
            OutputFolder.tellRemoved(o, removed);
            o.flush();
            return allFound ? 0 : 3;
        }

        /** All replications with the sized field at {@code value}, on all cores, the bar moved to this run. */
        private ScenarioRun runAt(int value) {
            runs++;
            bar.next("sizing, run " + runs + ": " + path + " = " + value);
            List<FieldOverride> all = new ArrayList<>(base);
            all.add(override(path, value));
            return runner.run(all, bar);
        }

        /** A result line in the bar's place; the bar comes back below it on the next run's update. */
        private void say(String line) {
            bar.clear();
            o.println(line);
            o.flush();
        }
    }
}
