package ccsim.study;

import ccsim.core.network.Delivery;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalObservation;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.PairedDifference;
import ccsim.core.stats.Summary;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.Scenario;
import ccsim.report.OutputFolder;
import ccsim.report.ResultFiles;
import ccsim.report.TerminalTable;
import ccsim.report.chart.ReportChart;
import ccsim.report.html.HtmlReport;
import ccsim.report.ladder.LadderDiagram;
import ccsim.scenario.Kebab;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import ccsim.worksheet.Worksheet;
import ccsim.report.WorksheetFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What a run of a {@link Study} gave: the measures with their confidence intervals (as Tablesaw tables
 * or one by one), the report's charts as images, ladder diagrams and message tables of traced calls,
 * and the files {@code ccsim run} writes. Printed, it is the table {@code ccsim run} prints.
 */
public final class Results {
    private final List<Variant> variants;
    private final List<ScenarioRun> runs;
    /** The study's threads, which also draw the report's charts. */
    private final int threads;
    /** Built on first use: it draws every chart. */
    private HtmlReport report;

    Results(List<Variant> variants, List<ScenarioRun> runs, int threads) {
        this.variants = List.copyOf(variants);
        this.runs = List.copyOf(runs);
        this.threads = threads;
    }

    /** The scenario run (the first variant's). */
    public Scenario scenario() {
        return runs.get(0).scenario();
    }

    /** Each measure of the first variant: mean and 95% half-width over the replications. */
    public List<Estimate> estimates() {
        return runs.get(0).summary();
    }

    /** One measure of the first variant, e.g. {@code estimate("blocking probability")}. */
    public Estimate estimate(String measure) {
        return estimates().stream().filter(e -> e.measure().equals(measure)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no measure '" + measure + "'; measures: " + String.join(", ",
                        estimates().stream().map(Estimate::measure).toList())));
    }

    public double mean(String measure) {
        return estimate(measure).mean();
    }

    public double halfWidth(String measure) {
        return estimate(measure).halfWidth();
    }

    /** As summary.csv: measure, unit, mean, ci95_half_width, replications (and variant, with variants). */
    public Table summary() {
        return variants.size() == 1 ? ResultFiles.summary(runs.get(0).summary(), runs.get(0).replications().size())
                : ResultFiles.summary(variants, runs);
    }

    /** As intervals.csv: each measure per reporting interval. */
    public Table intervals() {
        return variants.size() == 1 ? ResultFiles.intervals(runs.get(0)) : ResultFiles.intervals(variants, runs);
    }

    /** As replications.csv: every measure of every replication. */
    public Table replications() {
        return variants.size() == 1 ? ResultFiles.replications(runs.get(0).replications())
                : ResultFiles.replications(variants, runs);
    }

    /**
     * One per-interval measure in every replication of the first variant (replication, interval,
     * start_h, value): e.g. the peaks of busy ports in each interval, for their percentiles.
     */
    public Table perInterval(String measure) {
        IntColumn replication = IntColumn.create("replication");
        IntColumn interval = IntColumn.create("interval");
        DoubleColumn start = DoubleColumn.create("start_h");
        DoubleColumn value = DoubleColumn.create(measure);
        for (ReplicationResult rep : runs.get(0).replications()) {
            for (IntervalObservation o : rep.intervals()) {
                if (o.measure().equals(measure)) {
                    replication.append(rep.replication());
                    interval.append(o.interval());
                    start.append(o.start() / 3600);
                    value.append(o.value());
                }
            }
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no per-interval measure '" + measure + "'; they are: " + String.join(
                    ", ", runs.get(0).replications().get(0).intervals().stream().map(IntervalObservation::measure)
                            .distinct().toList()));
        }
        return Table.create(measure + " per interval", replication, interval, start, value);
    }

    /** As comparison.csv: each variant's paired difference against the first, measure by measure. */
    public Table comparison() {
        if (variants.size() < 2) {
            throw new IllegalStateException(scenario().name() + " has no variants to compare");
        }
        return ResultFiles.comparison(variants, runs);
    }

    /** The ids of the report's charts, e.g. ipcs-busy-ports. */
    public List<String> charts() {
        return report().charts().stream().map(ReportChart::id).toList();
    }

    /** The report's chart {@code id}, as the image charts/{@code id}.png holds. */
    public BufferedImage chart(String id) {
        ReportChart c = report().charts().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart '" + id + "'; charts: "
                        + String.join(", ", charts())));
        return c.chart().createBufferedImage(ReportChart.WIDTH, ReportChart.HEIGHT);
    }

    private HtmlReport report() {
        if (report == null) {
            report = new HtmlReport(variants, runs);
        }
        return report;
    }

    /** The messages of the traced call to {@code callType} (name or dialed number) the report shows. */
    public Table messages(String callType) {
        return ResultFiles.trace(tracedCall(callType));
    }

    /** The ladder diagram of that call, as SVG. */
    public String ladder(String callType) {
        return LadderDiagram.svg(ladderTitle(callType), tracedCall(callType), runs.get(0).trace().names());
    }

    /** The ladder diagram of that call, as an image. */
    public BufferedImage ladderImage(String callType) {
        return LadderDiagram.png(ladderTitle(callType), tracedCall(callType), runs.get(0).trace().names());
    }

    private String ladderTitle(String callType) {
        CallTypeConfig ct = callType(callType);
        return "call to " + ct.dialedNumber() + " (" + ct.name() + ")";
    }

    private CallTypeConfig callType(String nameOrNumber) {
        return scenario().callTypes().stream().filter(t -> t.name().equals(nameOrNumber)
                || t.dialedNumber().equals(nameOrNumber)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no call type '" + nameOrNumber + "'; call types: " + String.join(", ", scenario().callTypes().stream()
                        .map(CallTypeConfig::name).toList())));
    }

    private List<Delivery> tracedCall(String callType) {
        CallTrace trace = runs.get(0).trace();
        CallTypeConfig ct = callType(callType);
        Long call = trace == null ? null : LadderDiagram.exampleCall(trace, ct.dialedNumber());
        if (call == null) {
            throw new IllegalStateException("no traced call dialed " + ct.dialedNumber() + ": run with more traced calls");
        }
        return trace.of(call);
    }

    /** Writes what {@code ccsim run} writes into {@code dir}; returns it. */
    public Path write(String dir) {
        write(Path.of(dir), 0);
        return Path.of(dir);
    }

    /**
     * Writes summary, intervals and replications (and comparison) CSVs, trace/ files of the first
     * {@code tracedCalls} calls, the worksheet and report.html with its charts into {@code dir}, then
     * removes the files an earlier run wrote there and this one did not (see {@link OutputFolder});
     * returns those.
     */
    public List<Path> write(Path dir, int tracedCalls) {
        try {
            return OutputFolder.write(dir, "run", out -> {
                if (variants.size() == 1) {
                    ResultFiles.write(runs.get(0), out, tracedCalls);
                } else {
                    ResultFiles.writeVariants(variants, runs, out, tracedCalls);
                }
                WorksheetFiles.write(Worksheet.of(scenario()), scenario().name(), out);
                report().write(out, threads);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + dir, e);
        }
    }

    /** The key figures as {@code ccsim run} prints them, variants side by side with their paired differences. */
    @Override
    public String toString() {
        Scenario s = scenario();
        String title = s.name() + " (" + Kebab.of(s.mode()) + ", " + s.run().replicationsText() + ", seed "
                + s.run().seed() + ")";
        List<String> names = variants.stream().map(Variant::name).toList();
        List<List<Estimate>> summaries = runs.stream().map(ScenarioRun::summary).toList();
        String targets = TerminalTable.targets(names, runs.stream().map(r -> r.scenario().targets()).toList(),
                summaries);
        if (variants.size() == 1) {
            return TerminalTable.render(title, summaries.get(0)) + (targets.isEmpty() ? "" : "\n" + targets);
        }
        List<List<PairedDifference>> diffs = new ArrayList<>();
        for (int v = 1; v < runs.size(); v++) {
            diffs.add(PairedDifference.of(runs.get(0).replications(), runs.get(v).replications()));
        }
        return TerminalTable.renderComparison(title, names, summaries, diffs) + (targets.isEmpty() ? "" : "\n" + targets);
    }
}
