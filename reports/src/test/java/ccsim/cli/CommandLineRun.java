package ccsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the ccsim command line in process, its output and errors captured. */
final class CommandLineRun {
    private CommandLineRun() {
    }

    /** The exit code of {@code ccsim args}; what it printed is in {@code out} and {@code err}. */
    static int ccsim(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Ccsim.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
