package ccsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static ccsim.spark.Commands.ccsim;
import static ccsim.spark.Commands.with;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same experiments on Spark (local[2]: two executor threads, the tasks in any order) and on the
 * embedded pool give byte-identical files; a master that is not there is a sentence and exit 2, at once.
 */
class SparkEngineTest {
    private static final String STANDALONE = Path.of("..", "scenarios", "standalone-sample.yaml").toString();
    private static final String WHAT_IF = Path.of("..", "scenarios", "what-if-gvp-vs-stream-manager.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void aSweepAndAWhatIfOnSparkAreByteIdenticalToTheEmbeddedPools() throws Exception {
        StringWriter err = new StringWriter();
        List<String> sweep = List.of("sweep", STANDALONE, "--vary", "ipcs[*].ports=20..26:3", "--replications", "3",
                "--set", "run.horizon=1h");
        assertEquals(0, ccsim(err, with(sweep, "--out", tmp.resolve("embedded").toString())), err.toString());
        assertEquals(0, ccsim(err, with(sweep, "--out", tmp.resolve("spark").toString(), "--engine", "spark",
                "--master", "local[2]")), err.toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded").resolve("sweep.csv")),
                Files.readAllBytes(tmp.resolve("spark").resolve("sweep.csv")));

        List<String> run = List.of("run", WHAT_IF, "--replications", "3", "--set", "run.horizon=1h");
        assertEquals(0, ccsim(err, with(run, "--out", tmp.resolve("w-embedded").toString())), err.toString());
        assertEquals(0, ccsim(err, with(run, "--out", tmp.resolve("w-spark").toString(), "--engine", "spark",
                "--master", "local[2]")), err.toString());
        for (String file : List.of("summary.csv", "comparison.csv", "replications.csv", "intervals.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("w-embedded").resolve(file)),
                    Files.readAllBytes(tmp.resolve("w-spark").resolve(file)), file);
        }
    }

    /** A joint sizing search sends each candidate to Spark as a job: its runs and answer are the embedded ones. */
    @Test
    void aSizingSearchOnSparkMakesTheSameRunsAndAnswer() throws Exception {
        StringWriter err = new StringWriter();
        List<String> size = List.of("size", Path.of("..", "scenarios", "behind-stream-manager-queuing.yaml").toString(),
                "--vary", "agentGroups[0].agents", "--vary", "streamManager.ports", "--replications", "3",
                "--max-replications", "6", "--set", "run.horizon=1h");
        int embedded = ccsim(err, with(size, "--out", tmp.resolve("s-embedded").toString()));
        int spark = ccsim(err, with(size, "--out", tmp.resolve("s-spark").toString(), "--engine", "spark", "--master",
                "local[2]"));
        assertEquals(embedded, spark, err.toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("s-embedded").resolve("size.csv")),
                Files.readAllBytes(tmp.resolve("s-spark").resolve("size.csv")));
    }

    /** Under spark-submit the master comes from spark.master, which spark-submit sets for the driver. */
    @Test
    void withoutMasterTheOneSparkSubmitPassesIsUsed() throws Exception {
        StringWriter err = new StringWriter();
        List<String> sweep = List.of("sweep", STANDALONE, "--vary", "ipcs[*].ports=20..26:3", "--replications", "3",
                "--set", "run.horizon=1h");
        assertEquals(0, ccsim(err, with(sweep, "--out", tmp.resolve("embedded").toString())), err.toString());
        System.setProperty("spark.master", "spark://127.0.0.1:1");
        try {
            // the property is the master: here one that is not there, so the run is refused naming it
            assertEquals(2, ccsim(err, with(sweep, "--out", tmp.resolve("x").toString(), "--engine", "spark")));
            assertTrue(err.toString().contains("no Spark master answers at 127.0.0.1:1"), err.toString());
            System.setProperty("spark.master", "local[2]");
            assertEquals(0, ccsim(err, with(sweep, "--out", tmp.resolve("submitted").toString(), "--engine", "spark")),
                    err.toString());
        } finally {
            System.clearProperty("spark.master");
        }
        assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded").resolve("sweep.csv")),
                Files.readAllBytes(tmp.resolve("submitted").resolve("sweep.csv")));
    }

    @Test
    void noMasterAtTheUrlIsASentenceAndExit2WithinSeconds() {
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = ccsim(err, List.of("sweep", STANDALONE, "--vary", "ipcs[*].ports=20..26:3", "--replications", "3",
                "--set", "run.horizon=1h", "--out", tmp.resolve("x").toString(), "--engine", "spark", "--master",
                "spark://127.0.0.1:1"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("no Spark master answers at 127.0.0.1:1"), err.toString());
        assertTrue(seconds < 15, "took " + seconds + " s");
        assertTrue(!Files.exists(tmp.resolve("x")), "nothing written");
    }
}
