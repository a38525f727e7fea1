package ccsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static ccsim.spark.Commands.ccsim;
import static ccsim.spark.Commands.with;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Spark cluster on loopback, started by the test from the jars on its class path: a
 * Master and Workers as plain JVMs. The same sweep gives the embedded engine's bytes on one worker of two
 * cores, and again when one of two workers is killed (with its executor) while the job runs: Spark runs
 * the lost tasks again elsewhere, and a task run twice gives the same replication.
 */
class StandaloneClusterTest {
    private static final String STANDALONE = Path.of("..", "scenarios", "standalone-sample.yaml").toString();
    private static final List<String> SWEEP = List.of("sweep", STANDALONE, "--vary", "ipcs[*].ports=20..30:2",
            "--replications", "4", "--set", "run.horizon=8h");

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopTheCluster() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A JVM running {@code main} of Spark's, on this test's class path, its output in {@code log}. */
    private Process jvm(String log, List<String> args, Path sparkHome) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m"));
        command.addAll(List.of(System.getProperty("spark.test.opens", "").split(" ")).stream().filter(s -> !s.isBlank())
                .toList());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** SPARK_HOME as a Worker needs it: jars/ holding the class path's jars. */
    private Path sparkHome() throws IOException {
        Path home = tmp.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.exists(p)) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
            }
        }
        return home;
    }

    private String cluster(int workers, int cores) throws Exception {
        Path home = sparkHome();
        int port = freePort();
        jvm("master.log", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", "0"), home);
        for (int t = 0; t < 120 && !answers(port); t++) {
            Thread.sleep(250);
        }
        assertTrue(answers(port), "the master did not start: " + Files.readString(tmp.resolve("master.log")));
        for (int w = 0; w < workers; w++) {
            jvm("worker-" + w + ".log", List.of("org.apache.spark.deploy.worker.Worker", "spark://127.0.0.1:" + port,
                    "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", "1g", "--work-dir",
                    Files.createDirectories(tmp.resolve("work-" + w)).toString(), "--webui-port", "0"), home);
        }
        // the workers register within seconds; a job submitted sooner waits for them anyway
        Thread.sleep(5_000);
        // the executors load the test's classes from the same paths (the module's classes are a directory)
        System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        return "spark://127.0.0.1:" + port;
    }

    @Test
    void oneWorkerOfTwoCoresGivesTheEmbeddedEnginesBytes() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(err, with(SWEEP, "--out", tmp.resolve("embedded").toString())), err.toString());
        String master = cluster(1, 2);
        assertEquals(0, ccsim(err, with(SWEEP, "--out", tmp.resolve("cluster").toString(), "--engine", "spark",
                "--master", master)), err.toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded").resolve("sweep.csv")),
                Files.readAllBytes(tmp.resolve("cluster").resolve("sweep.csv")));
    }

    @Test
    void aWorkerKilledMidJobLosesNothing() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(err, with(SWEEP, "--out", tmp.resolve("embedded").toString())), err.toString());
        String master = cluster(2, 1);
        Process doomed = started.get(1);
        long[] killedAt = {Long.MAX_VALUE};
        boolean[] hadExecutor = {false};
        Thread killer = new Thread(() -> {
            try {
                // once the job has started on both workers (each has an executor), kill the first with its executor
                for (int t = 0; t < 200 && doomed.descendants().findAny().isEmpty(); t++) {
                    Thread.sleep(100);
                }
                hadExecutor[0] = doomed.descendants().findAny().isPresent();
                Thread.sleep(1_500);
                doomed.descendants().forEach(ProcessHandle::destroyForcibly);
                doomed.destroyForcibly();
                killedAt[0] = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        assertEquals(0, ccsim(err, with(SWEEP, "--out", tmp.resolve("cluster").toString(), "--engine", "spark",
                "--master", master)), err.toString());
        long finishedAt = System.nanoTime();
        killer.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(hadExecutor[0], "the doomed worker ran an executor of the job");
        assertTrue(!doomed.isAlive() && killedAt[0] < finishedAt, "the worker was killed before the job finished");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded").resolve("sweep.csv")),
                Files.readAllBytes(tmp.resolve("cluster").resolve("sweep.csv")));
    }
}
