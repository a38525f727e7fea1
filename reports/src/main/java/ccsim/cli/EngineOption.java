package ccsim.cli;

import ccsim.scenario.ReplicationEngine;
import java.io.PrintWriter;
import java.util.ServiceLoader;
import picocli.CommandLine.Option;

/**
 * Where the replications run: the embedded thread pool (the default), or an engine found on the class
 * path, such as Apache Spark ({@code --engine spark --master local[*]}), whose module ./ccsim adds when asked.
 */
final class EngineOption {
    static final String EMBEDDED = "embedded";

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = EMBEDDED,
            description = "Where replications run: embedded (this process's threads, the default) or spark.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the master, local[N], local[*] or spark://host:port (default: the "
                    + "one spark-submit passes, else local[*]).")
    String master;

    /** The master asked for: --master, else spark-submit's (it sets spark.master), else all local cores. */
    String master() {
        return master != null ? master : System.getProperty("spark.master", "local[*]");
    }

    /** Whether another engine than the embedded pool was asked for. */
    boolean remote() {
        return !EMBEDDED.equals(engine);
    }

    /** The engine asked for, started; null after telling {@code err} why it cannot be. */
    ReplicationEngine start(PrintWriter err) {
        for (ReplicationEngine.Provider p : ServiceLoader.load(ReplicationEngine.Provider.class)) {
            if (p.name().equals(engine)) {
                try {
                    return p.start(master());
                } catch (IllegalStateException e) {
                    err.println("ccsim: the " + engine + " engine could not start: " + e.getMessage()
                            + ". Nothing was run or written.");
                    return null;
                }
            }
        }
        err.println("ccsim: no engine called '" + engine + "' here" + (engine.equals("spark")
                ? ": the Spark engine is a module of its own (spark/); ./ccsim adds it to the command when --engine "
                + "spark is given (it builds it once: mvn -pl spark -am install)" : "; engines: embedded, spark")
                + ". Nothing was run or written.");
        return null;
    }
}
