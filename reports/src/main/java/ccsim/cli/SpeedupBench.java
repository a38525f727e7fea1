package ccsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The speed-up of {@code ccsim run} from one thread to several, as a planner would time it: each run a
 * fresh JVM with this one's options, from its start to its exit (loading, the JIT's warm-up and the
 * report included). The two kinds of run alternate, the one-thread run first in odd rounds and second
 * in even ones, so that a machine whose speed drifts over minutes weighs on both alike. Before each
 * round's runs the {@link ComputeLoop} measures the machine's own speed-up in that minute: what its
 * cores give a program that only computes.
 */
final class SpeedupBench {
    /** Samples of the machine's speed-up taken before each round: a few seconds, against the runs' minutes. */
    private static final int MACHINE_SAMPLES = 5;

    private final List<String> runArguments;
    private final int threads;
    private final PrintWriter out;

    /**
     * @param runArguments what follows {@code ccsim run}: the scenario file and its options, without
     *                     --threads and --out
     * @param threads      the threads of the parallel run, compared with one
     */
    SpeedupBench(List<String> runArguments, int threads, PrintWriter out) {
        this.runArguments = List.copyOf(runArguments);
        this.threads = threads;
        this.out = out;
    }

    /** Runs {@code rounds} rounds, prints each and the median; returns false when a run failed (its errors printed). */
    boolean measure(int rounds, PrintWriter err) {
        Path scratch = createScratch();
        try {
            double[] ratios = new double[rounds];
            double[] serial = new double[rounds];
            double[] parallel = new double[rounds];
            double[] bounds = new double[rounds];
            double[] machine = new double[rounds * MACHINE_SAMPLES];
            Median median = new Median();
            for (int k = 0; k < rounds; k++) {
                double[] sampled = ComputeLoop.speedups(threads, MACHINE_SAMPLES);
                System.arraycopy(sampled, 0, machine, k * MACHINE_SAMPLES, MACHINE_SAMPLES);
                // each time is printed as its run ends, in the order run: a round of busy-day takes minutes
                out.print(String.format(Locale.ROOT, "round %d: machine %.2fx;", k + 1, median.evaluate(sampled)));
                int[] order = k % 2 == 0 ? new int[] {1, threads} : new int[] {threads, 1};
                for (int t : order) {
                    Timing run = timeRun(t, scratch, err);
                    if (run == null) {
                        out.println();
                        out.flush();
                        return false;
                    }
                    if (t == 1) {
                        serial[k] = run.seconds();
                        bounds[k] = Math.min(threads, threads * run.seconds() / run.cpuSeconds());
                    } else {
                        parallel[k] = run.seconds();
                    }
                    out.print(String.format(Locale.ROOT, "%s %d thread%s %6.2f s%s", t == order[0] ? "" : ",", t,
                            t == 1 ? "" : "s", run.seconds(), Double.isNaN(run.cpuSeconds()) ? ""
                                    : String.format(Locale.ROOT, " (CPU %.2f s)", run.cpuSeconds())));
                    out.flush();
                }
                ratios[k] = serial[k] / parallel[k];
                out.println(String.format(Locale.ROOT, " = %.2fx%s", ratios[k], Double.isNaN(bounds[k]) ? ""
                        : String.format(Locale.ROOT, "; CPU bound %.2fx", bounds[k])));
                out.flush();
            }
            double speedup = median.evaluate(ratios);
            double ceiling = median.evaluate(machine);
            out.println(String.format(Locale.ROOT, "speed-up %.2fx, the median of %d round%s (%.2f-%.2fx); median times: "
                            + "1 thread %.2f s, %d threads %.2f s", speedup, rounds, rounds == 1 ? "" : "s",
                    Arrays.stream(ratios).min().orElseThrow(), Arrays.stream(ratios).max().orElseThrow(), median.evaluate(serial),
                    threads, median.evaluate(parallel)));
            out.println(String.format(Locale.ROOT, "machine %.2fx, the median of %d samples (%.2f-%.2fx) of a compute loop "
                            + "on %d threads against 1 (no memory traffic: what %d cores here give a program that only "
                            + "computes); ccsim's speed-up is %.0f%% of it", ceiling, machine.length, Arrays.stream(machine).min().orElseThrow(),
                    Arrays.stream(machine).max().orElseThrow(), threads, threads, 100 * speedup / ceiling));
            if (!Double.isNaN(bounds[0])) {
                out.println(String.format(Locale.ROOT, "CPU bound %.2fx at the median: the one-thread run's CPU time, its "
                        + "JIT compilers and collector on the other cores included, spread over %d cores; a run on %d "
                        + "threads that needs as much CPU cannot be faster", median.evaluate(bounds), threads, threads));
            }
            out.flush();
            return true;
        } finally {
            delete(scratch);
        }
    }

    /** A run's wall seconds and the CPU seconds its JVM used on all its threads (NaN where the system does not say). */
    private record Timing(double seconds, double cpuSeconds) {
    }

    /** One {@code ccsim run} in a fresh JVM, or null when it failed. */
    private Timing timeRun(int runThreads, Path scratch, PrintWriter err) {
        Path errors = scratch.resolve("errors-" + runThreads + ".txt");
        List<String> command = new ArrayList<>(javaCommand());
        command.add("run");
        command.addAll(runArguments);
        command.addAll(List.of("--threads", String.valueOf(runThreads), "--out", scratch.resolve("out").toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile());
        try {
            double cpu0 = childrenCpuSeconds();
            long t0 = System.nanoTime();
            Process p = pb.start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = childrenCpuSeconds() - cpu0;
            if (exit != 0) {
                err.println("ccsim: the run on " + runThreads + " thread" + (runThreads == 1 ? "" : "s") + " exited with "
                        + exit + ":");
                err.println(Files.readString(errors).replace('\r', '\n').strip());
                return null;
            }
            return new Timing(seconds, cpu);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing " + String.join(" ", command), e);
        }
    }

    /**
     * The CPU seconds of this process's children that have ended, from Linux's {@code /proc/self/stat}
     * (cutime and cstime, fields 16 and 17, in clock ticks of 1/100 s); NaN where there is no such file.
     * A child's time is counted once the JVM has collected its exit, as {@link Process#waitFor()} does.
     */
    private static double childrenCpuSeconds() {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.isReadable(stat)) {
            return Double.NaN;
        }
        try {
            String line = Files.readString(stat);
            // the fields after the command's name, which may hold spaces and ends with the last ')', start at field 3
            String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
            return (Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3])) / 100.0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stat, e);
        }
    }

    /** This JVM's java, options and class path, to start ccsim's command line as this one was started. */
    private static List<String> javaCommand() {
        List<String> c = new ArrayList<>();
        c.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        c.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(Ccsim.class.getName());
        return c;
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("ccsim-speedup");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder for the runs' output", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the scratch folder " + dir, e);
        }
    }
}
