package ccsim.cli;

import ccsim.lint.Finding;
import ccsim.lint.Lint;
import ccsim.model.config.Scenario;
import ccsim.scenario.Kebab;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** ccsim lint: each SIP Server option against what the seed requires for the scenario's mode. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {
            "Checks the scenario's SIP Server options against what the seed requires for its mode",
            "(Tables 1-3, 5 and 7-10, the In-Front procedures of ch.3, Appendix B): override-to-on-divert,",
            "event-ringing-on-100trying, handle-vsp, refer-enabled on the gateway's Trunk DN,",
            "sip-refer-to-sst-enabled, straight-forward or a correct contact on IPCS Trunk DNs,",
            "subscription-id, prefix, match-call-once, the Trunk Group DN's contact. Each finding names the",
            "option, the line that sets it, the seed's table and the consequence, and says whether",
            "'ccsim run' simulates it. A legal but wrong configuration still runs: its failures show."},
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
        Optional<Scenario> loaded = scenarioOptions.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Finding> findings = Lint.of(loaded.get());
        print(out, scenarioOptions, findings);
        out.println(findings.isEmpty() ? "No findings: the options follow the seed for "
                + Kebab.of(loaded.get().mode()) + " mode."
                : findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + ".");
        out.flush();
        return findings.isEmpty() ? 0 : 3;
    }

    /** Each finding with its file location, the seed's requirement and the consequence. */
    static void print(PrintWriter out, ScenarioFileOptions options, List<Finding> findings) {
        for (Finding f : findings) {
            out.println(options.locate(f.where(), f.requirement()));
            out.println("    seed: " + f.seed());
            out.println("    consequence: " + f.consequence() + (f.simulated() ? " (simulated by ccsim run)"
                    : " (not simulated)"));
        }
    }
}
