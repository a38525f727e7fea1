package ccsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The ccsim command line. */
@Command(name = "ccsim", mixinStandardHelpOptions = true, version = "ccsim 0.1.0",
        description = {
            "Discrete-event simulator of a Genesys contact center with GVP integrated with SIP Server.",
            "Describe a deployment and its load in a scenario file (see scenarios/*.yaml), then run it."},
        subcommands = {RunCommand.class, SweepCommand.class, SizeCommand.class, LintCommand.class, WorksheetCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Ccsim {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with ccsim's exit codes: 0 done, 1 failed while running, 2 bad input. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Ccsim());
        // the descriptions are written as lines of up to 100 characters: keep them as written
        cl.setUsageHelpWidth(110);
        // a command's help opens with its one-line header (the line `ccsim --help` lists), then a blank line
        cl.getSubcommands().values().forEach(c -> c.getCommandSpec().usageMessage().synopsisHeading("%nUsage: "));
        // a mistyped or missing option is bad input (2, as the commands' help says), not a failed run
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("ccsim: " + e);
            e.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl;
    }
}
