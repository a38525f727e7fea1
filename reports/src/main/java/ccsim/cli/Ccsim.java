package ccsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The ccsim command line. */
@Command(name = "ccsim", mixinStandardHelpOptions = true, version = "ccsim 0.1.0",
        description = {
            "Discrete-event simulator of a Genesys contact center with GVP integrated with SIP Server.",
            "Describe a deployment and its load in a scenario file (see scenarios/*.yaml), then run it."},
        subcommands = {RunCommand.class, SweepCommand.class, SizeCommand.class, LintCommand.class, WorksheetCommand.class,
            BenchCommand.class, FitCommand.class,
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
            commandLine.getErr().println(sentence(e));
            if (System.getenv("CCSIM_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return e instanceof UncheckedIOException ? 2 : 1;
        });
        return cl;
    }

    /**
     * What went wrong, as a sentence: a file system that refused a write (a full disk, a read-only mount)
     * leaves the folder's previous results as they were (see OutputFolder); anything else is ccsim's own
     * fault. The stack trace is for ccsim's developers: CCSIM_DEBUG=1 prints it.
     */
    static String sentence(Exception e) {
        if (e instanceof UncheckedIOException u) {
            return "ccsim: " + u.getMessage() + ": " + reason(u.getCause()) + ". The folder's previous results, if "
                    + "any, are as they were.";
        }
        return "ccsim: an internal error stopped the command (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); nothing was written. Please report it "
                + "with the scenario and the command line (CCSIM_DEBUG=1 shows where it happened).";
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String what = f instanceof NoSuchFileException ? "no such file or folder"
                    : f instanceof AccessDeniedException ? "access denied" : f.getReason();
            return (what == null ? f.getClass().getSimpleName() : what) + " (" + f.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
