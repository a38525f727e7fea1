package ccsim.cli;

import ccsim.core.engine.Engine;
import ccsim.core.experiment.Experiment;
import ccsim.core.experiment.Progress;
import ccsim.core.trace.Trace;
import ccsim.model.ContactCenter;
import ccsim.model.config.ArrivalProfileConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import com.sun.management.ThreadMXBean;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ccsim bench: the simulator's speed on one large replication, against bare SSJ. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures ccsim's speed, memory and speed-up on all cores, on a scenario.",
        description = {
            "Runs replication 0 of the scenario on one thread and prints calls simulated per second and",
            "messages delivered per second, next to two yardsticks in the same process: a bare SSJ event",
            "loop that runs the same number of events, and the network alone passing the same number of",
            "messages between nodes that do nothing else. The ratio is the model's events per second over",
            "bare SSJ's.",
            "With --days N the scenario's day (horizon and arrival profiles) is repeated N times in the one",
            "replication; with --live-heap a second, untimed run forces a full collection every simulated",
            "hour and prints the largest live heap seen, so that memory can be compared across horizons.",
            "With --repeat N the model run is timed N times and the fastest is reported with the median.",
            "The bytes the model allocated per event are printed too: others' load on the machine does not",
            "change them as it changes the time. So is the JIT compilers' time during the runs and since the",
            "start: it runs beside the model on the second core, and beside a second replication on two threads.",
            "With --speedup it times 'ccsim run' of the scenario instead, on one thread and on all cores, each",
            "run a fresh JVM from its start to its exit, alternating for --repeat rounds, and prints each",
            "round's speed-up and the median, next to the machine's own: a loop that only computes, timed on",
            "one thread and on all cores at once before each round. Where the host shares a physical core",
            "between this machine's virtual ones, that loop slows as every program there does. On Linux each",
            "run's CPU time is printed too, and the bound it sets: the one-thread run's CPU (its JIT compilers",
            "and collector on the other cores included) spread over all cores.",
            "Examples: ./ccsim bench scenarios/standalone-large.yaml",
            "          ./ccsim bench scenarios/busy-day.yaml --repeat 5",
            "          ./ccsim bench scenarios/busy-day.yaml --days 10 --live-heap",
            "          ./ccsim bench scenarios/busy-day.yaml --speedup --replications 8 --repeat 5"})
final class BenchCommand implements Callable<Integer> {
    private static final int BARE_PENDING = 1000;
    private static final double HOUR = 3600;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--days", paramLabel = "N", defaultValue = "1",
            description = "Repeat the scenario's day N times in the one replication (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Time the model run N times, each a fresh replication 0, and report the fastest and the median "
                    + "(default: ${DEFAULT-VALUE}); with --speedup, the rounds.")
    int repeat;

    @Option(names = "--live-heap",
            description = "Also measure the peak live heap (after a full collection each simulated hour), untimed.")
    boolean liveHeap;

    @Option(names = "--speedup",
            description = "Time 'ccsim run' on one thread and on all cores instead (each a fresh JVM, --repeat rounds "
                    + "alternating), and print the speed-up.")
    boolean speedup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (repeat < 1) {
            spec.commandLine().getErr().println("ccsim: --repeat must be at least 1, was " + repeat);
            return 2;
        }
        Optional<Scenario> loaded = scenarioOptions.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 2;
        }
        if (speedup) {
            return speedup(loaded.get(), out);
        }
        Scenario s;
        try {
            s = repeated(loaded.get(), days);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("ccsim: " + e.getMessage());
            return 2;
        }
        // warm the JIT on the yardsticks' paths before measuring
        BareSsjLoop.run(2_000_000, BARE_PENDING, s.run().eventList());
        BareNetworkLoop.run(2_000_000, s.network().latency(), s.run().eventList());

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ContactCenter cc = null;
        double[] seconds = new double[repeat];
        long allocated = -1;
        long compiling0 = compilationMillis();
        ProgressBar bar = new ProgressBar(System.err, "model run 1 of " + repeat);
        for (int k = 0; k < repeat; k++) {
            bar.next("model run " + (k + 1) + " of " + repeat);
            Progress progress = new Progress();
            cc = ContactCenter.build(s, 0, progress, Trace.OFF);
            long a0 = allocatedByThisThread();
            long t0;
            try (Watch watch = new Watch(progress, bar)) {
                t0 = System.nanoTime();
                cc.run(0);
                seconds[k] = (System.nanoTime() - t0) / 1e9;
            }
            allocated = a0 < 0 ? -1 : allocatedByThisThread() - a0;
        }
        long compilingAll = compilationMillis();
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double modelSeconds = sorted[0];
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long calls = cc.gateway().ledger().attemptsAllTime();
        long messages = cc.network().sent();
        long events = cc.engine().eventsExecuted();

        // the yardsticks report no fraction: the bar names the step and its time so far
        bar.next("bare SSJ loop of " + String.format(Locale.ROOT, "%,d", events) + " events");
        bar.accept(0);
        double bareSeconds = BareSsjLoop.run(events, BARE_PENDING, s.run().eventList());
        bar.next("bare network of " + String.format(Locale.ROOT, "%,d", messages) + " messages");
        bar.accept(0);
        double networkSeconds = BareNetworkLoop.run(messages, s.network().latency(), s.run().eventList());

        bar.clear();
        out.println(String.format(Locale.ROOT, "ccsim bench: %s, replication 0, one thread, event list %s, Java %s",
                s.name(), s.run().eventList(), System.getProperty("java.version")));
        out.println(String.format(Locale.ROOT, "%-22s %,14d in %7.2f s = %,12.0f calls/s", "calls simulated", calls,
                modelSeconds, calls / modelSeconds));
        if (repeat > 1) {
            out.println(String.format(Locale.ROOT, "%-22s %14s    %7.2f s  fastest of %d; median %.2f s, slowest %.2f s (the "
                    + "rates use the fastest: others' load on a shared machine only adds time)", "model runs", "",
                    sorted[0], repeat, sorted[repeat / 2], sorted[repeat - 1]));
        }
        out.println(String.format(Locale.ROOT, "%-22s %,14d              = %,12.0f msg/s", "messages delivered",
                messages, messages / modelSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,14d              = %,12.0f events/s", "model events", events,
                events / modelSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,14d in %7.2f s = %,12.0f events/s", "bare SSJ loop", events,
                bareSeconds, events / bareSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,14d in %7.2f s = %,12.0f msg/s  (the same messages through the "
                + "network alone: nodes that pass each on)", "bare network", messages, networkSeconds,
                messages / networkSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %14.2f  (model events/s over bare SSJ events/s)",
                "ratio", bareSeconds / modelSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,11.0f MB  (sum of the heap pools' peaks during the model run)",
                "peak heap", peakHeap / 1e6));
        if (allocated >= 0) {
            out.println(String.format(Locale.ROOT, "%-22s %,11.0f MB = %,.0f bytes per event  (by the model's thread in "
                    + "one run: unlike the time, others' load does not change it)", "allocated", allocated / 1e6,
                    (double) allocated / events));
        }
        if (compilingAll >= 0) {
            out.println(String.format(Locale.ROOT, "%-22s %14.2f s  during the model runs, %.2f s since the JVM started (the "
                    + "JIT compiler's threads: on one thread the second core takes it, on two it competes with them)",
                    "JIT compilation", (compilingAll - compiling0) / 1e3, compilingAll / 1e3));
        }
        out.flush();
        if (liveHeap) {
            bar.next("live heap: a full collection each simulated hour");
            long live = peakLiveHeap(s, bar);
            bar.clear();
            out.println(String.format(Locale.ROOT, "%-22s %,11.0f MB  (largest heap left after a full collection, "
                    + "sampled each simulated hour of %d day%s)", "peak live heap", live / 1e6, days,
                    days == 1 ? "" : "s"));
            out.flush();
        }
        return 0;
    }

    /** The speed-up of 'ccsim run' from one thread to all cores, in fresh JVMs. */
    private int speedup(Scenario s, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        int cores = Experiment.defaultThreads();
        if (days != 1 || liveHeap) {
            err.println("ccsim: --speedup times 'ccsim run', which has neither --days nor --live-heap");
            return 2;
        }
        if (cores == 1) {
            err.println("ccsim: --speedup compares one thread with all cores, and this machine has one");
            return 2;
        }
        List<String> run = new ArrayList<>();
        run.add(scenarioOptions.file.toString());
        for (String set : scenarioOptions.sets) {
            run.addAll(List.of("--set", set));
        }
        if (scenarioOptions.replications != null) {
            run.addAll(List.of("--replications", scenarioOptions.replications.toString()));
        }
        if (scenarioOptions.seed != null) {
            run.addAll(List.of("--seed", scenarioOptions.seed.toString()));
        }
        out.println(String.format(Locale.ROOT, "ccsim bench --speedup: %s, %d replications, 'ccsim run' on 1 thread and "
                + "on %d, each a fresh JVM, Java %s", s.name(), s.run().replications(), cores,
                System.getProperty("java.version")));
        out.flush();
        return new SpeedupBench(run, cores, out).measure(repeat, err) ? 0 : 1;
    }

    /** Milliseconds the JVM's JIT compilers have worked so far, or -1 where the JVM does not count them. */
    private static long compilationMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** Bytes this thread has allocated so far, or -1 where the JVM does not count them. */
    private static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
            return t.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /** Replication 0 again, with a full collection and a look at the heap every simulated hour. */
    private static long peakLiveHeap(Scenario s, ProgressBar bar) {
        Progress progress = new Progress();
        ContactCenter cc = ContactCenter.build(s, 0, progress, Trace.OFF);
        long[] peak = {0};
        sampleEveryHour(cc.engine(), s.run().horizonSeconds(), peak);
        try (Watch watch = new Watch(progress, bar)) {
            cc.run(0);
        }
        return peak[0];
    }

    /** Moves the bar with a replication's progress five times a second, on a thread of its own, until closed. */
    private static final class Watch implements AutoCloseable {
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench progress");
            t.setDaemon(true);
            return t;
        });

        Watch(Progress progress, ProgressBar bar) {
            ticker.scheduleAtFixedRate(() -> bar.accept(progress.fraction()), 200, 200, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            ticker.shutdownNow();
        }
    }

    private static void sampleEveryHour(Engine engine, double horizon, long[] peak) {
        engine.schedule(HOUR, () -> {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            if (engine.now() + HOUR <= horizon) {
                sampleEveryHour(engine, horizon, peak);
            }
        });
    }

    /**
     * The scenario with its day repeated {@code n} times: the horizon and every arrival profile
     * lengthened n-fold. Shifts are clock times within one day, so a scenario with shifts is refused.
     */
    private static Scenario repeated(Scenario s, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("--days must be at least 1, was " + n);
        }
        if (n == 1) {
            return s;
        }
        if (s.agentGroups().stream().anyMatch(g -> !g.shifts().isEmpty())) {
            throw new IllegalArgumentException("--days " + n + ": the scenario has agent shifts, which are times of "
                    + "one day; repeat it without them");
        }
        List<CallTypeConfig> types = s.callTypes().stream().map(t -> t.profile() == null ? t : new CallTypeConfig(
                t.name(), t.dialedNumber(), t.callsPerHour(), new ArrivalProfileConfig(t.profile().interval(),
                Collections.nCopies(n, t.profile().calls()).stream().flatMap(List::stream).toList()),
                t.selfService(), t.agentShare(), t.patience(), t.redial(), t.skill(), t.overflow())).toList();
        RunSettings r = s.run();
        return s.withCallTypes(types).withRun(new RunSettings(r.horizon().multipliedBy(n), r.warmUp(), r.interval(),
                r.replications(), r.seed(), r.eventList(), r.forecastCv()));
    }
}
