package ccsim.cli;

import ccsim.core.experiment.Progress;
import ccsim.core.trace.Trace;
import ccsim.model.ContactCenter;
import ccsim.model.config.Scenario;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** ccsim bench: the simulator's speed on one large replication, against bare SSJ. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Runs replication 0 of the scenario on one thread and prints calls simulated per second and",
            "messages delivered per second, next to a bare SSJ event loop that runs the same number of",
            "events in the same process. The ratio is the model's events per second over bare SSJ's.",
            "Example: ./ccsim bench scenarios/standalone-large.yaml"})
final class BenchCommand implements Callable<Integer> {
    private static final int BARE_PENDING = 1000;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Scenario> loaded = scenarioOptions.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 2;
        }
        Scenario s = loaded.get();
        // warm the JIT on both paths before measuring
        BareSsjLoop.run(2_000_000, BARE_PENDING, s.run().eventList());

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
        long t0 = System.nanoTime();
        cc.run(0);
        double modelSeconds = (System.nanoTime() - t0) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long calls = cc.gateway().ledger().attemptsAllTime();
        long messages = cc.network().sent();
        long events = cc.engine().eventsExecuted();

        double bareSeconds = BareSsjLoop.run(events, BARE_PENDING, s.run().eventList());

        out.println(String.format(Locale.ROOT, "ccsim bench: %s, replication 0, one thread, event list %s, Java %s",
                s.name(), s.run().eventList(), System.getProperty("java.version")));
        out.println(String.format(Locale.ROOT, "%-22s %,14d in %7.2f s = %,12.0f calls/s", "calls simulated", calls,
                modelSeconds, calls / modelSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,14d              = %,12.0f msg/s", "messages delivered",
                messages, messages / modelSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,14d              = %,12.0f events/s", "model events", events,
                events / modelSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,14d in %7.2f s = %,12.0f events/s", "bare SSJ loop", events,
                bareSeconds, events / bareSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %14.2f  (model events/s over bare SSJ events/s)",
                "ratio", bareSeconds / modelSeconds));
        out.println(String.format(Locale.ROOT, "%-22s %,11.0f MB  (sum of the heap pools' peaks during the model run)",
                "peak heap", peakHeap / 1e6));
        out.flush();
        return 0;
    }
}
