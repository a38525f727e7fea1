package ccsim.spark;

import ccsim.core.experiment.Progress;
import ccsim.core.stats.ReplicationResult;
import ccsim.scenario.ReplicationEngine;
import ccsim.scenario.ScenarioRun;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Replications on Apache Spark: each task is one replication of one point, which the executor loads from
 * the scenario's text and overrides and runs with the replication's own random streams, returning its
 * observations; the driver puts them back in point and replication order. A task Spark runs again (its
 * executor died) gives the same result, so the results are those of the embedded pool whatever the
 * executors, partitions or re-runs.
 */
public final class SparkEngine implements ReplicationEngine {
    /** How long the driver waits for a standalone master to accept a connection before saying there is none. */
    private static final int CONNECT_MILLIS = 2_000;

    private final JavaSparkContext context;
    private final AtomicInteger finished = new AtomicInteger();

    private SparkEngine(JavaSparkContext context) {
        this.context = context;
    }

    /**
     * A context on {@code master}. A standalone master's host and port are tried first with a plain
     * connection: Spark itself would retry for about a minute and then fail with an exception.
     */
    public static SparkEngine start(String master) {
        if (master.startsWith("spark://")) {
            URI uri = URI.create(master);
            if (uri.getHost() == null || uri.getPort() < 0) {
                throw new IllegalStateException("'" + master + "' is no master URL: expected spark://host:port");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_MILLIS);
            } catch (IOException e) {
                throw new IllegalStateException("no Spark master answers at " + uri.getHost() + ":" + uri.getPort()
                        + " (" + e.getMessage() + ")", e);
            }
        } else if (!master.startsWith("local")) {
            throw new IllegalStateException("'" + master + "' is no master this engine knows: local[N], local[*] or "
                    + "spark://host:port");
        }
        SparkConf conf = new SparkConf().setMaster(master).setAppName("ccsim").set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        if (master.startsWith("spark://") && !conf.contains("spark.jars")) {
            // the executors need ccsim's classes and its libraries; Spark's own they have
            conf.set("spark.jars", String.join(",", jobJars()));
        }
        try {
            SparkEngine engine = new SparkEngine(new JavaSparkContext(conf));
            engine.context.setLogLevel("ERROR");
            return engine;
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The jars on this process's class path that a cluster's executors lack: all but Spark's, Scala's and
     * Hadoop's (directories cannot be shipped; a test's classes reach its executors by their path).
     */
    static List<String> jobJars() {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String unix = entry.replace('\\', '/');
            if (entry.endsWith(".jar") && !unix.contains("/org/apache/spark/") && !unix.contains("/org/scala-lang/")
                    && !unix.contains("/org/apache/hadoop/")) {
                jars.add(java.nio.file.Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        return jars;
    }

    /** Replication {@code k % replications} of point {@code k / replications}: one task. */
    private static final class Replicate implements Function<Integer, ReplicationResult> {
        private static final long serialVersionUID = 1L;
        private final List<Point> points;
        private final int replications;

        Replicate(List<Point> points, int replications) {
            this.points = List.copyOf(points);
            this.replications = replications;
        }

        @Override
        public ReplicationResult call(Integer k) {
            return ScenarioRun.replication(points.get(k / replications).scenario(), k % replications, new Progress());
        }
    }

    @Override
    public List<List<ReplicationResult>> run(List<Point> points, int replications, DoubleConsumer progress) {
        int total = points.size() * replications;
        List<Integer> tasks = new ArrayList<>(total);
        for (int k = 0; k < total; k++) {
            tasks.add(k);
        }
        finished.set(0);
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (progress != null && end.taskInfo().successful()) {
                    progress.accept(Math.min(1.0, (double) finished.incrementAndGet() / total));
                }
            }
        };
        context.sc().addSparkListener(listener);
        List<ReplicationResult> all;
        try {
            // one task per replication: a task is seconds of work, far more than Spark's cost per task
            all = context.parallelize(tasks, total).map(new Replicate(points, replications)).collect();
        } catch (LinkageError e) {
            // a class of Spark's that cannot load (a library of the wrong version on the class path) is the
            // engine failing, told as a sentence, not a stack trace
            throw new IllegalStateException("Spark could not run the replications: " + e, e);
        } finally {
            context.sc().removeSparkListener(listener);
        }
        List<List<ReplicationResult>> byPoint = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            byPoint.add(List.copyOf(all.subList(p * replications, (p + 1) * replications)));
        }
        return byPoint;
    }

    @Override
    public void close() {
        context.stop();
    }

    /** The provider {@code --engine spark} finds. */
    public static final class Provider implements ReplicationEngine.Provider {
        @Override
        public String name() {
            return "spark";
        }

        @Override
        public ReplicationEngine start(String master) {
            return SparkEngine.start(master);
        }
    }
}
