package ccsim.cli;

import ccsim.model.config.Scenario;
import ccsim.scenario.Variant;
import ccsim.report.OutputFolder;
import ccsim.report.WorksheetFiles;
import ccsim.worksheet.Worksheet;
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

/** ccsim worksheet: the guide's Appendix A integration worksheet for the scenario's mode. */
@Command(name = "worksheet", mixinStandardHelpOptions = true,
        header = "Prints the guide's Appendix A worksheet filled with a scenario's values.",
        description = {
            "Prints the integration worksheet of the scenario's mode (the guide's Appendix A: Table 11 In-Front,",
            "Table 12 Behind, Table 13 Stand-Alone) as Markdown, filled with the scenario's values: Voice",
            "Treatment Port ranges from each IPCS's channelIdStart and ports, Place and Place Group names,",
            "Trunk and Trunk Group DNs, Routing Points, Access Resource and External Routing Point DNs, the",
            "IVR object and its ports, each beside the guide's sample value. --out also writes worksheet.md",
            "and worksheet.csv. Nothing is simulated."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad scenario or options"})
final class WorksheetCommand implements Callable<Integer> {
    @Mixin
    ScenarioFileOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write worksheet.md and worksheet.csv into DIR.")
    Path out;

    @Mixin
    VariantOption variantOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<Variant>> loaded = scenarioOptions.loadVariants(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        List<Variant> variants = loaded.get();
        int variant;
        try {
            variant = variantOption.index(variants);
        } catch (IllegalArgumentException e) {
            err.println("ccsim: " + e.getMessage());
            return 2;
        }
        if (this.out != null && OutputFolder.refused(this.out, err)) {
            return 2;
        }
        // on the error stream: the Markdown on standard output stays a worksheet, whatever it is piped to
        err.print(VariantOption.notice(variants, variant, "filling"));
        err.flush();
        Scenario s = variants.get(variant).scenario();
        Worksheet w = Worksheet.of(s);
        PrintWriter out = spec.commandLine().getOut();
        out.print(w.markdown(s.name()));
        if (this.out != null) {
            List<Path> removed = OutputFolder.writeOrFail(this.out, "worksheet",
                    folder -> WorksheetFiles.write(w, s.name(), folder));
            out.println();
            out.println("Worksheet written to " + this.out);
            OutputFolder.tellRemoved(out, removed);
        }
        out.flush();
        return 0;
    }
}
