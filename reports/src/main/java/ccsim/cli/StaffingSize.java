package ccsim.cli;

import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalEstimate;
import ccsim.core.stats.Summary;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.Scenario;
import ccsim.report.OutputFolder;
import ccsim.report.ResultFiles;
import ccsim.report.TerminalTable;
import ccsim.report.chart.TimeChart;
import ccsim.scenario.AnalyticStart;
import ccsim.scenario.Durations;
import ccsim.scenario.FieldOverride;
import ccsim.scenario.FieldPath;
import ccsim.scenario.ProfileSearch;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.SizingTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * ccsim size --per-interval on an agent group's agents: the staffing profile (see {@link ProfileSearch}),
 * each round printed as it comes, then size-intervals.csv (agents on the phone, FTE after shrinkage, the
 * range an interval could not separate, its confirmed verdict), staffing.yaml to paste into the scenario,
 * and size.html with the profile charted over the day.
 */
final class StaffingSize {
    /** The question: the scenario and how to run it, the group sized, the target and its measure per interval. */
    record Question(Path file, List<FieldOverride> base, int variant, Scenario scenario, int group, SizingTarget target,
                    String measure, int max, boolean coldStart, Path dir, SizingRuns runner) {
    }

    private final Question q;
    private final PrintWriter o;
    private final ProgressBar bar = new ProgressBar(System.err, "staffing");
    private int rounds;

    StaffingSize(Question q, PrintWriter o) {
        this.q = q;
        this.o = o;
    }

    private AgentGroupConfig group() {
        return q.scenario().agentGroups().get(q.group());
    }

    private String prefix() {
        return "agentGroups[" + q.group() + "]";
    }

    int run() {
        Scenario s = q.scenario();
        double level = q.measure().equals("service level") && !q.target().atMost() ? q.target().bound() : 0;
        List<Integer> start = AnalyticStart.agentsPerInterval(s, group(), level);
        if (q.coldStart()) {
            start = start.stream().map(v -> 1).toList();
        }
        o.println("  " + start.size() + " intervals of " + Durations.format(s.run().interval()) + ", starting from "
                + (q.coldStart() ? "1 agent each (cold start)" : "Erlang C on each interval's own load") + ": "
                + start);
        o.flush();
        ProfileSearch.Result r = ProfileSearch.search(q.target(), start, q.max(), this::evaluate);
        bar.clear();
        Table table = table(r);
        String yaml = yaml(r.profile());
        List<Path> removed = OutputFolder.writeOrFail(q.dir(), "size", folder -> {
            ResultFiles.writeCsv(table, folder);
            Files.writeString(folder.file("staffing.yaml"), yaml);
            page(folder, r);
        });
        o.println();
        o.println(String.format(Locale.ROOT, "  %-7s %7s %8s  %s", "start", "agents", "FTE", "confirming run"));
        double shrinkage = s.costs() == null ? 0 : s.costs().shrinkage();
        for (ProfileSearch.IntervalAnswer a : r.answers()) {
            Estimate e = r.confirmation().estimates().get(a.interval());
            o.println(String.format(Locale.ROOT, "  %-7s %7s %8.1f  %s", clock(a.interval()), a.fewest() < a.agents()
                    ? a.fewest() + "–" + a.agents() : String.valueOf(a.agents()), a.agents() / (1 - shrinkage),
                    describe(a, e)));
        }
        long unsettled = r.answers().stream().filter(a -> a.status() == ProfileSearch.Status.UNCONFIRMED
                || a.status() == ProfileSearch.Status.OUT_OF_REACH).count();
        o.println(rounds + " runs of the day. Staffing profile (paste under " + group().name() + "):");
        o.print(yaml);
        o.println("Intervals written to " + q.dir().resolve("size-intervals.csv") + ", the profile to "
                + q.dir().resolve("staffing.yaml") + ", charted in " + q.dir().resolve("size.html"));
        OutputFolder.tellRemoved(o, removed);
        o.flush();
        return unsettled == 0 ? 0 : 3;
    }

    private String describe(ProfileSearch.IntervalAnswer a, Estimate e) {
        String value = e.replications() == 0 || Double.isNaN(e.mean()) ? "" : TerminalTable.number(e.mean()) + " ± "
                + TerminalTable.number(e.halfWidth()) + " ";
        return value + switch (a.status()) {
            case DECIDED -> "met; one fewer misses";
            case UNDECIDED_BELOW -> "met; the interval cannot tell whether one fewer meets it";
            case UNSETTLED -> "met; the rounds ran out before the values of the range were told apart";
            case NO_CALLS -> "no caller asked for an agent";
            case OUT_OF_REACH -> "missed at the most allowed (--max)";
            case UNCONFIRMED -> "not met in the confirming run: the interval cannot decide, or the others' staffing "
                    + "left it another backlog";
        };
    }

    private String clock(int interval) {
        return Durations.clock(interval * q.scenario().run().intervalSeconds());
    }

    /** The profile as the scenario writes it. */
    private String yaml(List<Integer> profile) {
        return "staffing: {interval: " + Durations.format(q.scenario().run().interval()) + ", agents: ["
                + profile.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]}\n";
    }

    /** One run of the day with {@code profile}, where the search runs: the target's estimate in each interval. */
    private List<Estimate> evaluate(List<Integer> profile) {
        rounds++;
        bar.next("staffing, run " + rounds);
        List<FieldOverride> all = new ArrayList<>(q.base());
        int peak = profile.stream().mapToInt(Integer::intValue).max().orElse(0);
        all.add(new FieldOverride(FieldPath.parse(prefix() + ".agents"), String.valueOf(Math.max(1, peak)),
                "the staffing profile's peak"));
        all.add(new FieldOverride(FieldPath.parse(prefix() + ".staffing"), yaml(profile).substring("staffing: ".length())
                .strip(), "--per-interval's staffing profile"));
        ScenarioRun run = q.runner().run(all, bar);
        List<IntervalEstimate> intervals = Summary.intervals(run.replications()).stream()
                .filter(e -> e.measure().equals(q.measure())).toList();
        List<Estimate> out = intervals.stream().map(e -> new Estimate(e.measure(), e.unit(), e.mean(), e.halfWidth(),
                e.replications())).toList();
        bar.clear();
        long met = out.stream().filter(e -> e.replications() > 0 && !Double.isNaN(e.mean())
                && q.target().judge(e) == ccsim.core.stats.Bound.Verdict.MET).count();
        o.println("  run " + rounds + ": " + profile + "  met in " + met + " of " + out.size() + " intervals");
        o.flush();
        return out;
    }

    /** size-intervals.csv: one row per interval of the answer, with its confirming run's estimate. */
    private Table table(ProfileSearch.Result r) {
        double shrinkage = q.scenario().costs() == null ? 0 : q.scenario().costs().shrinkage();
        List<ProfileSearch.IntervalAnswer> a = r.answers();
        List<Estimate> e = r.confirmation().estimates();
        return Table.create("size-intervals",
                IntColumn.create("interval", a.stream().mapToInt(ProfileSearch.IntervalAnswer::interval).toArray()),
                DoubleColumn.create("start_s", a.stream().mapToDouble(x -> x.interval()
                        * q.scenario().run().intervalSeconds())),
                IntColumn.create("agents", a.stream().mapToInt(ProfileSearch.IntervalAnswer::agents).toArray()),
                IntColumn.create("fewest_that_may_meet", a.stream().mapToInt(ProfileSearch.IntervalAnswer::fewest)
                        .toArray()),
                DoubleColumn.create("fte", a.stream().mapToDouble(x -> x.agents() / (1 - shrinkage))),
                StringColumn.create("status", a.stream().map(x -> x.status().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')).toList()),
                StringColumn.create("measure", a.stream().map(x -> q.measure()).toList()),
                DoubleColumn.create("mean", e.stream().mapToDouble(Estimate::mean)),
                DoubleColumn.create("ci95_half_width", e.stream().mapToDouble(Estimate::halfWidth)));
    }

    /** size.html: the question, the profile over the day with the fewest that may meet, and the table. */
    private void page(OutputFolder folder, ProfileSearch.Result r) throws IOException {
        List<IntervalEstimate> series = new ArrayList<>();
        double length = q.scenario().run().intervalSeconds();
        for (ProfileSearch.IntervalAnswer a : r.answers()) {
            series.add(new IntervalEstimate("agents (the answer)", "agents", a.interval(), a.interval() * length,
                    a.agents(), 0, 1));
            series.add(new IntervalEstimate("fewest that may meet (undecided below)", "agents", a.interval(),
                    a.interval() * length, a.fewest(), 0, 1));
        }
        TimeChart chart = TimeChart.of("staffing", "Agents in group " + group().name() + " per interval",
                "agents logged in", series, List.of("agents (the answer)", "fewest that may meet (undecided below)"),
                Map.of());
        String svg = chart.write(folder.folder("charts"));
        ccsim.report.html.StaffingPage.write(folder, q.scenario().name(), group().name(), q.target().text(), svg,
                chart.id(), table(r));
    }
}
