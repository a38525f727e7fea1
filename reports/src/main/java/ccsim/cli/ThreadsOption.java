package ccsim.cli;

import ccsim.core.experiment.Experiment;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The --threads option of the commands that run replications. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T",
            description = "Threads to run replications on (default: all cores). Results never depend on it.")
    Integer threads;

    /** The threads to use, or 0 after printing why the option is wrong. */
    int threads(PrintWriter err) {
        if (threads != null && threads < 1) {
            err.println("ccsim: --threads must be at least 1, was " + threads);
            return 0;
        }
        return threads != null ? threads : Experiment.defaultThreads();
    }
}
