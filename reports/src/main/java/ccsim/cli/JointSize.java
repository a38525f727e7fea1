package ccsim.cli;

import ccsim.core.stats.Estimate;
import ccsim.model.config.CostsConfig;
import ccsim.model.config.Scenario;
import ccsim.report.OutputFolder;
import ccsim.report.ResultFiles;
import ccsim.report.TerminalTable;
import ccsim.report.html.JointSizePage;
import ccsim.scenario.AnalyticStart;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.FieldPath;
import ccsim.scenario.FieldWords;
import ccsim.scenario.JointSearch;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.SizingTarget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * ccsim size with several fields or several targets: the cheapest configuration meeting every target
 * (see {@link JointSearch}), each run printed as it comes, then size.csv and size.html.
 */
final class JointSize {
    /** The search: the scenario and how to run it, the fields, the targets with their measures' names. */
    record Question(Path file, List<FieldOverride> base, int variant, String variantName, Scenario scenario,
                    List<FieldPath> fields, List<SizingTarget> targets, List<String> measures, int max,
                    boolean coldStart, int maxReplications, Path dir, SizingRuns runner) {
    }

    private final Question q;
    private final ScenarioLoader loader;
    private final PrintWriter o;
    private final ProgressBar bar;
    private int runs;
    /** Each configuration's summary at its latest run, for what a verdict owes to callers lost first. */
    private final java.util.Map<List<Integer>, List<Estimate>> summaries = new java.util.HashMap<>();

    JointSize(Question q, ScenarioLoader loader, PrintWriter o) {
        this.q = q;
        this.loader = loader;
        this.o = o;
        this.bar = new ProgressBar(System.err, "sizing");
    }

    /**
     * Each field's price for a day, from the scenario's costs; a field without one is refused when there are
     * costs (the answer would ignore it), and every price is 0 without costs (the fewest units are sought).
     */
    static List<Double> prices(Scenario s, List<FieldPath> fields) {
        CostsConfig c = s.costs();
        List<Double> prices = new ArrayList<>();
        for (FieldPath f : fields) {
            if (c == null) {
                prices.add(0.0);
                continue;
            }
            String path = f.toString();
            boolean every = path.contains(FieldPath.EVERY);
            double price;
            if (path.startsWith("ipcs[") && path.endsWith("].ports")) {
                price = c.perPortDay(c.ipcsPort()) * (every ? s.ipcs().size() : 1);
            } else if (path.equals("streamManager.ports")) {
                price = c.perPortDay(c.streamManagerPort());
            } else if (path.startsWith("agentGroups[") && path.endsWith("].agents")) {
                price = c.perAgentHour() * s.run().horizonSeconds() / 3600 / (1 - c.shrinkage())
                        * (every ? s.agentGroups().size() : 1);
            } else {
                price = 0;
            }
            if (!(price > 0)) {
                throw new IllegalArgumentException("--vary " + f + ": the scenario has costs, so the answer is the "
                        + "cheapest configuration, but " + f + " has no price (costs.ipcsPort, "
                        + "costs.streamManagerPort and costs.agent price ports and agents); price it, or size "
                        + "without costs (--set costs=null) to get the fewest units");
            }
            prices.add(price);
        }
        return prices;
    }

    int run() {
        JointSearch.Result r = search();
        List<Path> removed = OutputFolder.writeOrFail(q.dir(), "size", folder -> write(folder, r));
        o.println("Runs written to " + q.dir().resolve("size.csv") + ", charted in " + q.dir().resolve("size.html"));
        OutputFolder.tellRemoved(o, removed);
        o.flush();
        return r.answer() == null ? 3 : 0;
    }

    /** The search, each run printed as it comes, then the answer; nothing written. */
    JointSearch.Result search() {
        Scenario s = q.scenario();
        List<Double> prices = prices(s, q.fields());
        List<JointSearch.Resource> resources = new ArrayList<>();
        for (int i = 0; i < q.fields().size(); i++) {
            FieldPath f = q.fields().get(i);
            OptionalInt analytic = q.coldStart() ? OptionalInt.empty() : AnalyticStart.of(s, f, q.targets(), q.measures());
            int start = q.coldStart() ? 1 : analytic.orElse(Math.max(1, loader.intAt(q.file(), q.base(), q.variant(), f)
                    .orElse(1)));
            resources.add(new JointSearch.Resource(f, prices.get(i), start, q.max()));
            o.println("  " + f + ": starts at " + start + (q.coldStart() ? " (cold start)" : analytic.isPresent()
                    ? " (" + (f.toString().contains("agents") ? "Erlang C" : "Erlang B") + ")" : " (the scenario's value)")
                    + (prices.get(i) > 0 ? String.format(Locale.ROOT, ", %s a unit a day", TerminalTable.number(prices.get(i))
                    ) + " " + s.costs().currency() : ""));
        }
        List<Integer> order = JointSearch.preference(resources);
        o.println("  lowered in this order: " + String.join(", ", order.stream().map(i -> q.fields().get(i).toString())
                .toList()) + (s.costs() == null ? " (no costs: the fewest units, the first field given first)"
                : " (the dearest unit first)"));
        o.flush();
        JointSearch.Result r = JointSearch.search(resources, q.targets(), s.run().replications(), q.maxReplications(),
                this::evaluate);
        bar.clear();
        o.println();
        o.println(answer(r));
        o.flush();
        return r;
    }

    /** size.csv and size.html of {@code r} into {@code folder}. */
    void write(OutputFolder folder, JointSearch.Result r) throws java.io.IOException {
        Scenario s = q.scenario();
        ResultFiles.writeCsv(table(r), folder);
        new JointSizePage(s.name(), q.variantName(), words(), q.targets(), q.measures(), r, answer(r),
                s.costs() == null ? null : s.costs().currency()).write(folder);
    }

    /** The search's overrides for the fields at {@code values} on {@code n} replications. */
    List<FieldOverride> overrides(List<Integer> values, int n) {
        List<FieldOverride> all = new ArrayList<>(q.base());
        for (int i = 0; i < values.size(); i++) {
            FieldPath f = q.fields().get(i);
            all.add(new FieldOverride(f, String.valueOf(values.get(i)), "--vary " + f + "=" + values.get(i)));
        }
        all.add(new FieldOverride(FieldPath.parse("run.replications"), String.valueOf(n), n + " replications"));
        return all;
    }

    /** The fields at {@code values} on {@code n} replications, run where the search runs. */
    ScenarioRun runAt(List<Integer> values, int n, java.util.function.DoubleConsumer progress) {
        return q.runner().run(overrides(values, n), progress);
    }

    private List<String> words() {
        return q.fields().stream().map(f -> FieldWords.of(f, q.scenario())).toList();
    }

    private String answer(JointSearch.Result r) {
        if (r.answer() == null) {
            return "No configuration meets every target: " + r.why() + " (" + r.runs().size() + " runs).";
        }
        StringBuilder b = new StringBuilder("Cheapest configuration meeting every target: ");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < q.fields().size(); i++) {
            parts.add(q.fields().get(i) + " = " + r.answer().values().get(i));
        }
        b.append(String.join(", ", parts));
        if (q.scenario().costs() != null) {
            b.append(String.format(Locale.ROOT, "; cost per day %s ± %s %s", TerminalTable.number(r.answer().outcome()
                    .cost()), TerminalTable.number(r.answer().outcome().costHalfWidth()), q.scenario().costs().currency()));
        }
        b.append(" (").append(r.runs().size()).append(" runs, ").append(r.runs().stream()
                .mapToInt(JointSearch.Run::replications).sum()).append(" replications in all).");
        List<Estimate> summary = summaries.get(r.answer().values());
        boolean queueTarget = q.measures().stream().anyMatch(ccsim.report.LossCaveat::applies);
        if (summary != null && queueTarget) {
            ccsim.report.LossCaveat.lostShare(summary).ifPresent(share -> b.append(String.format(Locale.ROOT,
                    " Its queue targets are met only because %.1f%% of calls were blocked or failed first: add a target "
                    + "on blocking to size for them too.", 100 * share)));
        }
        List<List<Integer>> undecided = r.undecidedNeighbours();
        if (!undecided.isEmpty()) {
            b.append(" The interval could not decide ").append(undecided.size() == 1 ? "one cheaper configuration"
                    : undecided.size() + " cheaper configurations").append(" at ").append(q.maxReplications())
                    .append(" replications (").append(describe(undecided.get(0))).append(undecided.size() > 1
                    ? ", and the others in size.csv" : "").append("): ").append(undecided.size() == 1 ? "it" : "they")
                    .append(" may meet every target too; --max-replications would tell.");
        }
        return b.toString();
    }

    private String describe(List<Integer> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            parts.add(q.fields().get(i) + " = " + values.get(i));
        }
        return String.join(", ", parts);
    }

    /** One run: the scenario with the fields at {@code values} on {@code n} replications, where the search runs. */
    private JointSearch.Outcome evaluate(List<Integer> values, int n) {
        runs++;
        bar.next("sizing, run " + runs + ": " + describe(values) + ", " + n + " replications");
        ScenarioRun run = runAt(values, n, bar);
        summaries.put(List.copyOf(values), run.summary());
        List<Estimate> estimates = new ArrayList<>();
        for (String m : q.measures()) {
            estimates.add(run.summary().stream().filter(e -> e.measure().equals(m)).findFirst().orElseThrow());
        }
        List<Boolean> slack = q.fields().stream().map(f -> Slack.of(f, run.summary())).toList();
        Estimate costPerDay = run.summary().stream().filter(e -> e.measure().equals("cost per day")).findFirst()
                .orElse(null);
        double cost = costPerDay != null ? costPerDay.mean() : values.stream().mapToInt(Integer::intValue).sum();
        JointSearch.Outcome outcome = new JointSearch.Outcome(estimates, slack, cost,
                costPerDay != null ? costPerDay.halfWidth() : 0);
        bar.clear();
        StringBuilder line = new StringBuilder("  " + describe(values) + String.format(Locale.ROOT, "  (%d reps)", n));
        for (int t = 0; t < q.targets().size(); t++) {
            Estimate e = estimates.get(t);
            line.append(String.format(Locale.ROOT, "  %s %s ± %s %s", q.measures().get(t), TerminalTable.number(e.mean()),
                    TerminalTable.number(e.halfWidth()), q.targets().get(t).judge(e).word()));
        }
        if (costPerDay != null) {
            line.append(String.format(Locale.ROOT, "  cost %s", TerminalTable.number(cost)));
        }
        o.println(line);
        o.flush();
        return outcome;
    }

    /** size.csv: one row per run and target, with the run's fields, replications and cost, and the answer marked. */
    private Table table(JointSearch.Result r) {
        Table t = Table.create("size");
        t.addColumns(StringColumn.create("variant"));
        for (FieldPath f : q.fields()) {
            t.addColumns(IntColumn.create(f.toString()));
        }
        t.addColumns(IntColumn.create("replications"), StringColumn.create("measure"), DoubleColumn.create("mean"),
                DoubleColumn.create("ci95_half_width"), StringColumn.create("verdict"), DoubleColumn.create("cost"),
                BooleanColumn.create("answer"));
        for (JointSearch.Run run : r.runs()) {
            for (int k = 0; k < q.targets().size(); k++) {
                t.stringColumn("variant").append(q.variantName());
                for (int i = 0; i < q.fields().size(); i++) {
                    t.intColumn(q.fields().get(i).toString()).append(run.values().get(i));
                }
                Estimate e = run.outcome().targets().get(k);
                t.intColumn("replications").append(run.replications());
                t.stringColumn("measure").append(e.measure());
                t.doubleColumn("mean").append(e.mean());
                t.doubleColumn("ci95_half_width").append(e.halfWidth());
                t.stringColumn("verdict").append(run.verdicts().get(k).word());
                t.doubleColumn("cost").append(run.outcome().cost());
                t.booleanColumn("answer").append(run == r.answer());
            }
        }
        return t;
    }
}
