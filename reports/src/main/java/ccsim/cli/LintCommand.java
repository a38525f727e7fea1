package ccsim.cli;

import ccsim.lint.Finding;
import ccsim.lint.Lint;
import ccsim.scenario.Kebab;
import ccsim.scenario.Variant;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** ccsim lint: each SIP Server option against what the guide requires for the scenario's mode. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        header = "Checks a scenario's SIP Server options against what the guide requires.",
        description = {
            "Checks the scenario's SIP Server options against what the guide requires for its mode",
            "(Tables 1-3, 5 and 7-10, the In-Front procedures of ch.3, Appendix B): override-to-on-divert,",
            "event-ringing-on-100trying, handle-vsp, refer-enabled on the gateway's Trunk DN,",
            "sip-refer-to-sst-enabled, straight-forward or a correct contact on IPCS Trunk DNs,",
            "subscription-id, prefix, match-call-once, the Trunk Group DN's contact. Each finding names the",
            "option, the line that sets it, the guide's table and the consequence, and says whether",
            "'ccsim run' simulates it. A legal but wrong configuration still runs: its failures show.",
            "A scenario with variants is linted variant by variant, each finding at the line that sets it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings", "2:bad scenario or options", "3:findings"})
final class LintCommand implements Callable<Integer> {
    @Mixin
    ScenarioFileOptions scenarioOptions;

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
        PrintWriter out = spec.commandLine().getOut();
        int total = 0;
        int withFindings = 0;
        for (int v = 0; v < variants.size(); v++) {
            List<Finding> findings = Lint.of(variants.get(v).scenario());
            if (findings.isEmpty()) {
                continue;
            }
            if (variants.size() > 1) {
                out.println("Variant " + variants.get(v).name() + ": " + count(findings.size()));
            }
            print(out, scenarioOptions, v, findings);
            total += findings.size();
            withFindings++;
        }
        if (total == 0) {
            out.println("No findings: the options follow the guide for " + Kebab.of(variants.get(0).scenario().mode())
                    + " mode.");
        } else {
            out.println(count(total) + (variants.size() > 1 ? ", in " + withFindings + " of " + variants.size()
                    + " variants" : "") + ".");
        }
        out.flush();
        return total == 0 ? 0 : 3;
    }

    private static String count(int findings) {
        return findings + " finding" + (findings == 1 ? "" : "s");
    }

    /** Each finding of variant {@code variant} with its file location, the guide's requirement and the consequence. */
    static void print(PrintWriter out, ScenarioFileOptions options, int variant, List<Finding> findings) {
        for (Finding f : findings) {
            out.println(options.locate(variant, f.where(), f.requirement()));
            out.println("    guide: " + f.guide());
            out.println("    consequence: " + f.consequence() + (f.simulated() ? " (simulated by ccsim run)"
                    : " (not simulated)"));
        }
    }
}
