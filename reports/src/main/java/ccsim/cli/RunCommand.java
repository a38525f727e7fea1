package ccsim.cli;

import ccsim.lint.Finding;
import ccsim.lint.Lint;
import ccsim.model.config.Scenario;
import ccsim.report.ResultFiles;
import ccsim.report.WorksheetFiles;
import ccsim.worksheet.Worksheet;
import ccsim.report.html.HtmlReport;
import ccsim.report.TerminalTable;
import ccsim.core.stats.PairedDifference;
import ccsim.scenario.Kebab;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ccsim run: replications of one scenario, summarised with confidence intervals. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs the scenario's replications in parallel and writes report.html (one self-contained page",
            "for a design review), summary.csv (each measure's mean and 95%% confidence half-width),",
            "intervals.csv, replications.csv, charts/ and the integration worksheet (worksheet.md,",
            "worksheet.csv) into the output folder, then prints the key figures, after any lint finding",
            "(see ccsim lint). A scenario with any problem is refused with its file, line and field, and",
            "nothing is written. Results depend only on the scenario and its seed, never on --threads."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed while running", "2:bad scenario or options"})
final class RunCommand implements Callable<Integer> {
    /** Calls of replication 0 traced for the report's ladder diagrams when --trace asks for fewer. */
    private static final int REPORT_TRACED_CALLS = 30;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>).")
    Path out;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--trace", paramLabel = "N",
            description = "Record every message of the first N calls of replication 0 in trace/: messages.csv, "
                    + "calls.pcap (SIP, for Wireshark), cti.csv and a ladder diagram per call.")
    int trace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        int threads = threadsOption.threads(err);
        if (threads == 0) {
            return 2;
        }
        if (trace < 0) {
            err.println("ccsim: --trace must be at least 0, was " + trace);
            return 2;
        }
        Optional<List<Variant>> loaded = scenarioOptions.loadVariants(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        List<Variant> variants = loaded.get();
        Scenario s = variants.get(0).scenario();
        // a legal but wrong configuration runs; the planner sees first what the seed says it will do
        for (Variant v : variants) {
            List<Finding> findings = Lint.of(v.scenario());
            if (!findings.isEmpty()) {
                outWriter.println("Lint" + (variants.size() > 1 ? " (" + v.name() + ")" : "") + ": " + findings.size()
                        + " option" + (findings.size() == 1 ? "" : "s") + " set otherwise than the seed requires");
                LintCommand.print(outWriter, scenarioOptions, findings);
                outWriter.println();
            }
        }
        outWriter.flush();
        Path dir = out != null ? out : Path.of("out", s.name());
        ProgressBar bar = new ProgressBar(System.err, s.name());
        // the report shows a traced call per call type: trace the first calls of replication 0 in any case
        List<ScenarioRun> runs = ScenarioRun.executeAll(variants, threads,
                Math.max(trace, REPORT_TRACED_CALLS), bar);
        bar.finish();
        String title = s.name() + " (" + Kebab.of(s.mode()) + ", "
                + s.run().replications() + " replications, seed " + s.run().seed() + ")";
        if (variants.size() == 1) {
            ResultFiles.write(runs.get(0), dir, trace);
            outWriter.print(TerminalTable.render(title, runs.get(0).summary()));
        } else {
            ResultFiles.writeVariants(variants, runs, dir, trace);
            List<List<PairedDifference>> diffs = new ArrayList<>();
            for (int v = 1; v < runs.size(); v++) {
                diffs.add(PairedDifference.of(runs.get(0).replications(), runs.get(v).replications()));
            }
            outWriter.print(TerminalTable.renderComparison(title, variants.stream().map(Variant::name).toList(),
                    runs.stream().map(ScenarioRun::summary).toList(), diffs));
        }
        WorksheetFiles.write(Worksheet.of(s), s.name(), dir);
        try {
            new HtmlReport(variants, runs).write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + dir, e);
        }
        outWriter.println();
        outWriter.println("Results written to " + dir);
        outWriter.flush();
        return 0;
    }
}
