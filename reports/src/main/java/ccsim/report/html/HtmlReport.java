package ccsim.report.html;

import static ccsim.report.html.Page.esc;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalEstimate;
import ccsim.core.stats.Summary;
import ccsim.model.MeasureCatalogue;
import ccsim.core.network.Address;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Mode;
import ccsim.scenario.Durations;
import ccsim.worksheet.Worksheet;
import ccsim.model.config.Scenario;
import ccsim.model.config.TargetConfig;
import ccsim.report.OutputFolder;
import ccsim.report.LossCaveat;
import ccsim.report.ResultFiles;
import ccsim.report.TerminalTable;
import ccsim.core.stats.Histogram;
import ccsim.report.chart.DistributionChart;
import ccsim.report.chart.ReportChart;
import ccsim.report.chart.TimeChart;
import ccsim.report.chart.VariantChart;
import ccsim.core.stats.PairedDifference;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The design-review report of a run: one self-contained HTML page (styles inline, charts and ladder
 * diagrams as inline SVG, nothing fetched) built from sections, so that comparisons and sweeps can
 * add sections of their own. Each chart is also written as PNG, SVG and the CSV it was drawn from.
 */
public final class HtmlReport {
    private static final Map<Bound.Verdict, String> VERDICT_CLASS = Map.of(Bound.Verdict.MET, "ok",
            Bound.Verdict.UNDECIDED, "undecided", Bound.Verdict.MISSED, "off");

    private final ScenarioRun run;
    private final List<Variant> variants;
    private final List<ScenarioRun> runs;
    private final List<Estimate> summary;
    private final List<IntervalEstimate> intervals;
    private final List<ReportChart> charts = new ArrayList<>();
    /** With variants: one chart per key measure, every variant side by side, shown first. */
    private final List<ReportChart> variantCharts = new ArrayList<>();
    /** With variants: the key measures over the day, one line per variant. */
    private final List<ReportChart> variantDayCharts = new ArrayList<>();
    private final List<String> emptyCharts = new ArrayList<>();

    public HtmlReport(ScenarioRun run) {
        this(List.of(new Variant(run.scenario().name(), run.scenario())), List.of(run));
    }

    /**
     * The report of a what-if comparison: the variants side by side with their paired differences,
     * then the details (charts, ladder diagrams) of the first.
     */
    public HtmlReport(List<Variant> variants, List<ScenarioRun> runs) {
        this.variants = List.copyOf(variants);
        this.runs = List.copyOf(runs);
        this.run = runs.get(0);
        this.summary = run.summary();
        this.intervals = Summary.intervals(run.replications());
        buildCharts();
        if (runs.size() > 1) {
            buildVariantCharts();
        }
    }

    /** The key measures a design review compares, in the order it reads them. */
    private static final List<String> KEY_MEASURES = List.of("service level", "abandonment rate",
            "average speed of answer", "blocking probability", "blocking probability at entry",
            "Stream Manager busy ports");

    private void buildVariantCharts() {
        List<String> names = variants.stream().map(Variant::name).toList();
        List<List<Estimate>> summaries = runs.stream().map(ScenarioRun::summary).toList();
        List<String> measures = new ArrayList<>(KEY_MEASURES);
        run.scenario().ipcs().stream().limit(1).forEach(c -> measures.add("IPCS " + host(c) + " busy ports"));
        run.scenario().agentGroups().forEach(g -> measures.add("agent occupancy " + g.name()));
        for (String m : measures) {
            VariantChart c = VariantChart.of(m, names, summaries, run.scenario().targets());
            if (c != null && !zeroEverywhere(m)) {
                variantCharts.add(c);
            }
        }
        // over the day, every variant its own line: where in the day the choices part is the point
        List<List<IntervalEstimate>> byVariant = runs.stream().map(r -> Summary.intervals(r.replications())).toList();
        for (String m : measures) {
            Map<String, Double> lines = new LinkedHashMap<>();
            run.scenario().targets().stream().filter(t -> t.measure().equals(m))
                    .forEach(t -> lines.put("target " + t.bound().describe(), t.bound().value()));
            String key = MeasureCatalogue.define(m).map(MeasureCatalogue.Defined::key).orElse(MeasureCatalogue.keyOf(m));
            String unit = MeasureCatalogue.define(m).map(d -> d.entry().unit()).orElse("");
            TimeChart c = TimeChart.ofVariants("variants-day-" + key.replace('_', '-'), m + " over the day, by variant",
                    unit, m, names, byVariant, lines);
            if (c != null && !zeroEverywhere(m)) {
                variantDayCharts.add(c.withWarmUp(run.scenario().run().warmUpSeconds() / 3600));
            }
        }
    }

    /** The charts of this report, in the order shown. */
    public List<ReportChart> charts() {
        return List.copyOf(charts);
    }

    /**
     * Writes report.html into {@code out}, and the charts into its charts/ folder, drawing up to
     * {@code threads} charts at once. The report is written after the last replication, when every
     * core but one would sit idle, and its charts are most of its time (busy-day's eight: 1.3 s of
     * drawing code that has not been compiled yet). Each chart is drawn on its own, so the files are
     * the same whatever the number of threads.
     */
    public void write(OutputFolder out, int threads) throws IOException {
        OutputFolder chartDir = out.folder("charts");
        List<ReportChart> all = allCharts();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, all.size())));
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (ReportChart c : all) {
                drawn.add(pool.submit(() -> c.write(chartDir)));
            }
            List<String> svgs = new ArrayList<>();
            for (Future<String> f : drawn) {
                svgs.add(svgOf(f));
            }
            Files.writeString(out.file("report.html"), html(svgs));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String svgOf(Future<String> drawn) throws IOException {
        try {
            return drawn.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while drawing the report's charts");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a chart could not be drawn", cause);
        }
    }

    /**
     * The IPCS pools' capacity lines, one per pool size, labelled with the pools of that size in the
     * scenario's order; more than three of one size are counted instead of named (ten hosts' names would
     * run off the chart).
     */
    static Map<String, Double> ipcsCapacities(List<IpcsConfig> pools) {
        Map<Integer, List<String>> hostsBySize = new LinkedHashMap<>();
        pools.forEach(c -> hostsBySize.computeIfAbsent(c.ports(), n -> new ArrayList<>()).add(host(c)));
        Map<String, Double> lines = new LinkedHashMap<>();
        hostsBySize.forEach((ports, hosts) -> lines.put(hosts.size() > 3
                ? String.format(Locale.ROOT, "%d IPCS: %,d ports each", hosts.size(), ports)
                : String.join(" / ", hosts.stream().map(h -> String.format(Locale.ROOT, "IPCS %s: %,d ports", h, ports))
                        .toList()), (double) ports));
        return lines;
    }

    private static String host(IpcsConfig c) {
        return Address.parse(c.address()).host();
    }

    private void buildCharts() {
        Scenario s = run.scenario();
        List<IntervalEstimate> ipcsSeries = DaySeries.of(s.ipcs(), intervals);
        add(TimeChart.of("ipcs-busy-ports", "Busy IPCS ports per interval", "ports (time average)", ipcsSeries,
                DaySeries.measures(s.ipcs()), ipcsCapacities(s.ipcs())), "No IPCS port was ever busy.");
        List<IntervalEstimate> withForecast = new ArrayList<>(intervals);
        withForecast.addAll(DaySeries.forecast(s, intervals));
        add(TimeChart.of("calls", s.callTypes().stream().anyMatch(ct -> ct.profile() != null)
                ? "Offered calls against the forecast, and calls blocked, per interval"
                : "Offered and blocked calls per interval", "calls", withForecast,
                List.of("offered calls", "forecast", "calls blocked"), Map.of()), "No call arrived.");
        if (!s.faults().isEmpty()) {
            add(TimeChart.of("calls-failed", "Calls failed per interval (faults)", "calls", intervals,
                    List.of("calls failed", "calls served"), Map.of()), "No call failed in any interval.");
        }
        DistributionChart pdd = DistributionChart.of("post-dial-delay", "Post-dial delay (gateway INVITE to 200 OK)",
                "seconds", Histogram.pool(run.replications().stream().flatMap(r -> r.histograms().stream())
                        .filter(h -> h.measure().equals("post-dial delay")).toList()));
        if (pdd == null) {
            emptyCharts.add("No call was answered, so there is no post-dial delay to show.");
        } else {
            charts.add(pdd);
        }
        if (s.mode() == Mode.STAND_ALONE) {
            return;
        }
        if (s.streamManager() != null) {
            add(TimeChart.of("stream-manager-ports", "Busy Stream Manager ports per interval", "ports (time average)",
                    intervals, List.of("Stream Manager busy ports", "Stream Manager peak busy ports"),
                    Map.of("Stream Manager: " + s.streamManager().ports() + " ports",
                            (double) s.streamManager().ports())), "No Stream Manager port was used: no caller waited "
                    + "on SIP Server.");
        }
        add(TimeChart.of("queue-length", "Callers waiting for an agent", "calls", intervals,
                List.of("queue length", "peak queue length"), Map.of()), "No caller ever waited for an agent.");
        Map<String, Double> targets = new LinkedHashMap<>();
        s.targets().stream().filter(t -> t.measure().equals("service level") || t.measure().equals("abandonment rate"))
                .forEach(t -> targets.put("target: " + t.measure() + " " + t.bound().describe(), t.bound().value()));
        add(TimeChart.of("service-level", "Service level and abandonment per interval", "share of calls", intervals,
                List.of("service level", "abandonment rate"), targets), "No caller asked for an agent.");
        add(TimeChart.of("speed-of-answer", "Average speed of answer per interval", "seconds", intervals,
                List.of("average speed of answer"), Map.of()), "No agent answered a call.");
        List<String> occupancy = new ArrayList<>();
        for (AgentGroupConfig g : s.agentGroups()) {
            occupancy.add("agent occupancy " + g.name());
        }
        add(TimeChart.of("agent-occupancy", "Agent occupancy per interval", "share of logged-in time", intervals,
                occupancy, Map.of()), "There are no agents in this deployment.");
    }

    /** Keeps a chart that has something to show, its warm-up shaded; otherwise the reason it has not. */
    private void add(TimeChart chart, String whyEmpty) {
        if (chart == null || chart.measures().stream().allMatch(m -> allZero(chart, m))) {
            emptyCharts.add(whyEmpty);
        } else {
            charts.add(chart.withWarmUp(run.scenario().run().warmUpSeconds() / 3600));
        }
    }

    private static boolean allZero(TimeChart chart, String measure) {
        return chart.data().doubleColumn(measure).asList().stream().allMatch(v -> v == null || v.isNaN() || v == 0);
    }

    /** The variant charts, the variants over the day, then the other charts: the order they are drawn in. */
    private List<ReportChart> allCharts() {
        List<ReportChart> all = new ArrayList<>(variantCharts);
        all.addAll(variantDayCharts);
        all.addAll(charts);
        return all;
    }

    String html() {
        return html(allCharts().stream().map(ReportChart::svg).toList());
    }

    /** The page, with {@code all} the markup of {@link #allCharts()}, in their order. */
    private String html(List<String> all) {
        Scenario s = run.scenario();
        int glance = variantCharts.size() + variantDayCharts.size();
        List<String> svgs = all.subList(glance, all.size());
        StringBuilder b = new StringBuilder(Page.open(s.name(), s.description()));
        if (runs.size() > 1) {
            List<ReportChart> glanceCharts = new ArrayList<>(variantCharts);
            glanceCharts.addAll(variantDayCharts);
            DecisionSection.append(b, variants, runs, glanceCharts, all.subList(0, glance));
            BriefSection.append(b, variants, runs);
            comparison(b);
        } else {
            BriefSection.append(b, variants, runs);
        }
        figures(b);
        AssumptionsSection.append(b, variants);
        theory(b, s);
        chartsSection(b, svgs);
        LadderSection.append(b, s, variants, runs);
        worksheet(b, s);
        GlossarySection.append(b, runs.stream().map(ScenarioRun::summary).toList());
        b.append(Page.close("Generated by ccsim from seed " + s.run().seed() + ", " + s.run().replicationsText()
                + ". The same seed gives the same numbers."));
        return b.toString();
    }

    /** The variants side by side: each measure per variant, and each variant's paired difference. */
    private void comparison(StringBuilder b) {
        b.append("<section id=\"comparison\"><h2>Variants compared on the same callers</h2><table><tr><th>measure</th>");
        for (Variant v : variants) {
            b.append("<th>").append(esc(v.name())).append("</th>");
        }
        for (int v = 1; v < variants.size(); v++) {
            b.append("<th>").append(esc(variants.get(v).name())).append(" − ").append(esc(variants.get(0).name()))
                    .append("</th>");
        }
        b.append("</tr>\n");
        List<List<PairedDifference>> diffs = new ArrayList<>();
        for (int v = 1; v < runs.size(); v++) {
            diffs.add(PairedDifference.of(runs.get(0).replications(), runs.get(v).replications()));
        }
        List<String> zero = new ArrayList<>();
        boolean someLack = false;
        for (String measure : ResultFiles.measureUnion(runs)) {
            if (zeroEverywhere(measure)) {
                zero.add(measure);
                continue;
            }
            b.append("<tr><td>").append(esc(measure)).append("</td>");
            for (ScenarioRun r : runs) {
                Estimate x = r.summary().stream().filter(y -> y.measure().equals(measure)).findFirst().orElse(null);
                someLack |= x == null;
                String verdict = x == null ? "" : target(x, r.scenario(), r.summary());
                b.append("<td class=\"num\">").append(x == null ? "–" : Page.estimate(x.mean(), x.halfWidth(), false))
                        .append(verdict.isEmpty() ? "" : "<br>" + verdict)
                        .append("</td>");
            }
            for (List<PairedDifference> d : diffs) {
                PairedDifference x = d.stream().filter(y -> y.measure().equals(measure)).findFirst().orElse(null);
                if (x == null) {
                    b.append("<td>–</td>");
                } else {
                    b.append("<td class=\"num").append(x.significant() ? " sig" : "").append("\">")
                            .append(Page.estimate(x.mean(), x.halfWidth(), true)).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("</table>");
        if (someLack) {
            b.append("<p class=\"note\">–: the variant does not have this measure, since its deployment has ")
                    .append("nothing it counts.</p>");
        }
        if (!zero.isEmpty()) {
            b.append("<p class=\"note\">Zero in every replication of every variant, so not in the table: ")
                    .append(esc(String.join(", ", zero))).append(".</p>");
        }
        b.append("<p class=\"note\">Replication r of every variant saw the same callers (common random ")
                .append("numbers); a difference is the mean of the replication-by-replication differences with its 95% ")
                .append("interval, shaded where that interval excludes zero; a target is judged on each variant's own interval. ")
                .append("The numbers are in comparison.csv. The ")
                .append("sections below show ").append(esc(variants.get(0).name())).append(".</p></section>\n");
    }

    /** Whether every variant's every replication counted 0 of {@code measure}, and no variant has a target on it. */
    private boolean zeroEverywhere(String measure) {
        return runs.stream().allMatch(r -> r.scenario().targets().stream().noneMatch(t -> t.measure().equals(measure))
                && r.summary().stream().filter(e -> e.measure().equals(measure))
                        .allMatch(e -> e.mean() == 0 && e.halfWidth() == 0));
    }

    private void figures(StringBuilder b) {
        b.append("<section id=\"figures\"><h2>Key figures</h2>");
        if (run.scenario().run().replications() < 2) {
            b.append("<p class=\"note\">One replication: no confidence interval can be given; run more to get one.</p>");
        }
        Map<String, List<TheoryCheck.Row>> theory = new LinkedHashMap<>();
        TheoryCheck.of(run.scenario(), summary).rows()
                .forEach(r -> theory.computeIfAbsent(r.measure(), m -> new ArrayList<>()).add(r));
        b.append("<table><tr><th>measure</th><th>mean</th><th>± 95% CI</th><th>unit</th><th>target</th>")
                .append("<th><a href=\"#theory\">queueing theory</a></th></tr>\n");
        for (Estimate e : summary) {
            if (!TerminalTable.shown(e.measure(), List.of(summary))) {
                continue;
            }
            b.append("<tr><td>").append(esc(e.measure())).append("</td><td class=\"num\">")
                    .append(TerminalTable.number(e.mean())).append("</td><td class=\"num\">")
                    .append(TerminalTable.number(e.halfWidth())).append("</td><td>").append(esc(e.unit()))
                    .append("</td><td>").append(target(e, run.scenario(), summary)).append("</td><td>");
            for (TheoryCheck.Row r : theory.getOrDefault(e.measure(), List.of())) {
                b.append(esc(r.model())).append(": <span class=\"n\">").append(TerminalTable.number(r.analytic()))
                        .append("</span> ")
                        .append(!r.exact() ? "<span class=\"undecided\">approximation</span>"
                                : r.agrees() ? "<span class=\"ok\">agrees</span>" : "<span class=\"off\">differs</span>")
                        .append("<br>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>");
        for (String note : figureNotes()) {
            b.append("<p class=\"note\">").append(esc(note)).append("</p>");
        }
        b.append("<p class=\"note\">Means over replications; the half-width is that of the 95% Student-t ")
                .append("confidence interval. The numbers are in summary.csv, per interval in intervals.csv.</p>")
                .append("</section>\n");
    }

    /** The target of {@code s} on {@code e}'s measure, if any, and whether {@code e} meets it (see {@link Bound#judge}). */
    /** The verdict on the scenario's target on {@code e}'s measure, qualified where callers were lost first. */
    static String target(Estimate e, Scenario s, List<Estimate> summary) {
        for (TargetConfig t : s.targets()) {
            if (t.measure().equals(e.measure())) {
                Bound.Verdict v = t.bound().judge(e);
                String caveat = v == Bound.Verdict.MET ? LossCaveat.of(e.measure(), summary)
                        .map(c -> " <span class=\"undecided\">— " + esc(c) + "</span>").orElse("") : "";
                return "<span class=\"" + VERDICT_CLASS.get(v) + "\">" + v.word() + " (" + esc(t.bound().describe())
                        + ")</span>" + caveat;
            }
        }
        return "";
    }

    /** What the figures do not show by themselves: nothing blocked, nothing abandoned, no agents. */
    List<String> figureNotes() {
        List<String> notes = new ArrayList<>();
        Map<String, Estimate> byName = new LinkedHashMap<>();
        summary.forEach(e -> byName.put(e.measure(), e));
        if (byName.containsKey("calls blocked") && byName.get("calls blocked").mean() == 0) {
            notes.add("No call was blocked in any replication.");
        }
        if (byName.containsKey("calls abandoned") && byName.get("calls abandoned").mean() == 0
                && !run.scenario().agentGroups().isEmpty()) {
            notes.add("No caller abandoned in any replication.");
        }
        if (run.scenario().agentGroups().isEmpty()) {
            notes.add("There are no agents in this deployment: every call is self-service.");
        }
        String undefined = TerminalTable.undefinedNote(List.of(summary));
        if (!undefined.isEmpty()) {
            notes.add(undefined);
        }
        return notes;
    }

    private void theory(StringBuilder b, Scenario s) {
        TheoryCheck.Result t = TheoryCheck.of(s, summary);
        b.append("<section id=\"theory\"><h2>Agreement with queueing theory</h2>");
        if (!t.rows().isEmpty()) {
            b.append("<table><tr><th>model</th><th>measure</th><th>analytic</th><th>simulated</th><th></th></tr>\n");
            for (TheoryCheck.Row r : t.rows()) {
                Estimate e = r.simulated();
                b.append("<tr><td>").append(esc(r.model())).append("</td><td>").append(esc(r.measure()))
                        .append("</td><td class=\"num\">").append(TerminalTable.number(r.analytic()))
                        .append("</td><td class=\"num\">").append(Page.estimate(e.mean(), e.halfWidth(), false))
                        .append("</td><td class=\"")
                        .append(!r.exact() ? "undecided\">approximation: not judged"
                                : r.agrees() ? "ok\">within the 99% interval" : "off\">outside the 99% interval")
                        .append("</td></tr>\n");
            }
            b.append("</table>");
        }
        for (String note : t.notes()) {
            b.append("<p class=\"note\">").append(esc(note)).append("</p>");
        }
        b.append("</section>\n");
    }

    private void chartsSection(StringBuilder b, List<String> svgs) {
        b.append("<section id=\"charts\"><h2>Over the day</h2>");
        if (!run.scenario().run().warmUp().isZero()) {
            b.append("<p class=\"note\">The charts include the warm-up, the first ")
                    .append(esc(Durations.format(run.scenario().run().warmUp())))
                    .append(", which no key figure counts; intervals.csv marks its intervals (warm_up true), so that ")
                    .append("totals over the other intervals are those of summary.csv.</p>");
        }
        for (int i = 0; i < charts.size(); i++) {
            ReportChart c = charts.get(i);
            b.append("<figure id=\"chart-").append(c.id()).append("\">").append(svgs.get(i)).append("<figcaption>")
                    .append(esc(c.title())).append(c instanceof TimeChart ? " — mean over replications" : " — all replications")
                    .append("; data in charts/").append(c.id()).append(".csv</figcaption></figure>\n");
        }
        for (String why : emptyCharts) {
            b.append("<p class=\"empty\">").append(esc(why)).append("</p>\n");
        }
        b.append("</section>\n");
    }

    /** The guide's Appendix A worksheet of the mode, filled with the scenario's values. */
    private void worksheet(StringBuilder b, Scenario s) {
        Worksheet w = Worksheet.of(s);
        b.append("<section id=\"worksheet\"><h2>").append(esc(w.title())).append("</h2><p class=\"note\">The guide's ")
                .append("Appendix A, ").append(esc(w.seedTable())).append(", with this scenario's values (also in ")
                .append("worksheet.md and worksheet.csv).</p><table><tr><th>section</th><th>field</th><th>value</th>")
                .append("<th>guide's sample</th></tr>\n");
        for (Worksheet.Row r : w.rows()) {
            b.append("<tr><td>").append(esc(r.section())).append("</td><th>").append(esc(r.field())).append("</th><td>")
                    .append(esc(r.value())).append("</td><td>").append(esc(r.seedSample())).append("</td></tr>\n");
        }
        b.append("</table></section>\n");
    }

}
