package ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A results folder holds one complete run or the previous one: killed (SIGTERM) as it starts writing,
 * or with its disk full, a run leaves the previous run's files byte for byte; a finished one leaves its
 * own. Runs are deterministic, so each folder is compared with a reference run of either seed.
 */
class AtomicResultsTest {
    private static final Path SAMPLE = Path.of("..", "scenarios", "standalone-sample.yaml");
    private static final String[] SHORT = {"--replications", "2", "--set", "run.horizon=1h"};

    @TempDir
    Path tmp;

    private static int ccsim(List<String> args, StringWriter err) {
        CommandLine cl = Ccsim.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args.toArray(String[]::new));
    }

    private static List<String> run(Path out, int seed) {
        List<String> args = new ArrayList<>(List.of("run", SAMPLE.toString(), "--out", out.toString(), "--seed",
                String.valueOf(seed)));
        args.addAll(Arrays.asList(SHORT));
        return args;
    }

    private static void runInProcess(Path out, int seed) {
        StringWriter err = new StringWriter();
        assertEquals(0, ccsim(run(out, seed), err), err.toString());
    }

    /** Every file under {@code dir} and its bytes, by relative path. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Arrays.toString(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    /** Every file and folder under {@code dir} and when it last changed, in nanoseconds. */
    private static Map<String, Long> stamps(Path dir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.toList()) {
                try {
                    out.put(dir.relativize(f).toString(), Files.getLastModifiedTime(f).to(TimeUnit.NANOSECONDS));
                } catch (java.nio.file.NoSuchFileException e) {
                    // gone between the listing and the look: a change, which the next look sees
                    out.put(dir.relativize(f).toString(), -1L);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            out.put("", -1L);
        }
        return out;
    }

    @Test
    void aRunKilledAsItWritesLeavesOneCompleteRun() throws Exception {
        Map<String, String> first = reference(1);
        Map<String, String> second = reference(2);
        int kept = 0;
        int replaced = 0;
        for (int delayMs : new int[] {0, 0, 40, 120, 300, 700}) {
            Path dir = tmp.resolve("shared-" + kept + "-" + replaced);
            runInProcess(dir, 1);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), Ccsim.class.getName()));
            command.addAll(run(dir, 2));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("child.log").toFile()).start();
            // writing has begun once anything in the folder differs: a file, a folder, a time of change
            Map<String, Long> before = stamps(dir);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (stamps(dir).equals(before) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Path staging = dir.resolve(".ccsim-run.writing");
            Thread.sleep(delayMs);
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run stops on SIGTERM");
            Map<String, String> now = contents(dir);
            assertFalse(Files.exists(staging), "no staging folder is left behind");
            if (now.equals(first)) {
                kept++;
            } else {
                assertEquals(second.keySet(), now.keySet(), "neither the previous run nor the new one whole, killed "
                        + delayMs + " ms into writing");
                assertTrue(now.equals(second), "files of both runs, killed " + delayMs + " ms into writing");
                replaced++;
            }
        }
        assertTrue(kept > 0, "killed at once, the previous run stays: " + kept + " kept, " + replaced + " replaced");
    }

    private Map<String, String> reference(int seed) throws IOException {
        Path dir = tmp.resolve("reference-" + seed);
        runInProcess(dir, seed);
        return contents(dir);
    }

    /**
     * A file system that refuses writes (a full disk: a tmpfs with room for one run and a half): exit 2, one
     * sentence and no stack trace, and the previous run byte for byte. Needs mount (root): skipped without.
     */
    @Test
    void aFullDiskLeavesThePreviousRunWhole() throws Exception {
        Map<String, String> first = reference(1);
        long size = 0;
        try (Stream<Path> files = Files.walk(tmp.resolve("reference-1"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                size += Files.size(f) + 4096;
            }
        }
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + (size * 3 / 2), "tmpfs",
                disk.toString()).redirectErrorStream(true).start().waitFor() == 0;
        assumeTrue(mounted, "mounting a small tmpfs needs root; this machine refused it");
        try {
            Path dir = disk.resolve("out");
            runInProcess(dir, 1);
            assertEquals(first, contents(dir));
            StringWriter err = new StringWriter();
            int code = ccsim(run(dir, 2), err);
            assertEquals(2, code, err.toString());
            List<String> lines = err.toString().lines().filter(l -> !l.contains("[") && !l.isBlank()).toList();
            assertEquals(1, lines.size(), err.toString());
            assertTrue(lines.get(0).startsWith("ccsim: cannot write ") && lines.get(0).contains("No space left on device")
                    && lines.get(0).endsWith("The folder's previous results, if any, are as they were."), lines.get(0));
            assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
            assertEquals(first, contents(dir), "the previous run, byte for byte");
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }
}
