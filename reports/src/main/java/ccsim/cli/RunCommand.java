package ccsim.cli;

import ccsim.lint.Finding;
import ccsim.lint.Lint;
import ccsim.model.config.Scenario;
import ccsim.report.OutputFolder;
import ccsim.scenario.Variant;
import ccsim.study.Results;
import ccsim.study.Study;
import ccsim.scenario.ReplicationEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ccsim run: replications of one scenario, summarised with confidence intervals. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Runs a scenario's replications and writes its report, charts and CSV tables.",
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
    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>).")
    Path out;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    EngineOption engineOption;

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
        Optional<Study> loaded = scenarioOptions.study(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        Study study = loaded.get().threads(threads);
        List<Variant> variants = study.variantScenarios();
        Scenario s = study.scenario();
        Path dir = out != null ? out : Path.of("out", s.name());
        if (OutputFolder.refused(dir, err)) {
            return 2;
        }
        // a legal but wrong configuration runs; the planner sees first what the guide says it will do
        for (int k = 0; k < variants.size(); k++) {
            Variant v = variants.get(k);
            List<Finding> findings = Lint.of(v.scenario());
            if (!findings.isEmpty()) {
                outWriter.println("Lint" + (variants.size() > 1 ? " (" + v.name() + ")" : "") + ": " + findings.size()
                        + " option" + (findings.size() == 1 ? "" : "s") + " set otherwise than the guide requires");
                LintCommand.print(outWriter, scenarioOptions, k, findings);
                outWriter.println();
            }
        }
        // the forecast as read (from the file or the scenario), before the run that follows it
        for (var ct : s.callTypes()) {
            if (ct.profile() != null) {
                double calls = ct.profile().calls().stream().mapToDouble(Double::doubleValue).sum();
                double peak = ct.profile().calls().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                outWriter.println(String.format(java.util.Locale.ROOT, "Forecast of %s: %d intervals of %s, %,.0f calls, "
                        + "at most %,.0f in an interval (charted against the simulated arrivals in the report)", ct.name(),
                        ct.profile().calls().size(), ccsim.scenario.Durations.format(ct.profile().interval()), calls, peak));
            }
        }
        outWriter.flush();
        ProgressBar bar = new ProgressBar(System.err, s.name());
        // the report shows a traced call per call type: trace the first calls of replication 0 in any case
        Results results;
        if (engineOption.remote()) {
            try (ReplicationEngine engine = engineOption.start(err)) {
                if (engine == null) {
                    return 2;
                }
                results = study.run(Math.max(trace, Study.TRACED_CALLS), bar, engine);
            }
        } else {
            results = study.run(Math.max(trace, Study.TRACED_CALLS), bar);
        }
        bar.finish();
        List<Path> removed = results.write(dir, trace);
        outWriter.print(results);
        outWriter.println();
        outWriter.println("Results written to " + dir);
        OutputFolder.tellRemoved(outWriter, removed);
        outWriter.flush();
        return 0;
    }
}
