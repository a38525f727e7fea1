package ccsim.scenario;

import ccsim.core.experiment.Experiment;
import ccsim.core.experiment.Progress;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.core.trace.CallTrace;
import ccsim.core.trace.Trace;
import ccsim.model.ContactCenter;
import ccsim.model.config.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The replications of one scenario and their summary. Replication 0 can carry a trace of its first
 * calls; tracing draws no random numbers, so it changes no result.
 */
public record ScenarioRun(Scenario scenario, List<ReplicationResult> replications, List<Estimate> summary,
                          CallTrace trace) {

    /**
     * Runs every replication of {@code scenario} on {@code threads} threads. {@code tracedCalls} > 0
     * traces that many calls of replication 0; {@code progress} may be null.
     */
    public static ScenarioRun execute(Scenario scenario, int threads, int tracedCalls, DoubleConsumer progress) {
        CallTrace trace = tracedCalls > 0 ? new CallTrace(tracedCalls) : null;
        List<ReplicationResult> reps = Experiment.run(scenario.run().replications(), threads,
                (r, p) -> replicate(scenario, r, p, r == 0 && trace != null ? trace : Trace.OFF), progress);
        return new ScenarioRun(scenario, reps, Summary.of(reps), trace);
    }

    /**
     * Runs every replication of every variant, all on one pool of threads, with common random numbers:
     * replication r of each variant uses substream r of the same named streams, so it sees the same
     * callers. Replication 0 of each variant traces its first {@code tracedCalls} calls.
     */
    public static List<ScenarioRun> executeAll(List<Variant> variants, int threads, int tracedCalls,
                                               DoubleConsumer progress) {
        int reps = variants.get(0).scenario().run().replications();
        for (Variant v : variants) {
            if (v.scenario().run().replications() != reps) {
                throw new IllegalArgumentException("variant " + v.name() + " runs " + v.scenario().run().replications()
                        + " replications, the first " + reps + ": paired comparisons need the same number");
            }
        }
        List<CallTrace> traces = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            traces.add(tracedCalls > 0 ? new CallTrace(tracedCalls) : null);
        }
        List<ReplicationResult> all = Experiment.run(variants.size() * reps, threads, (k, p) -> {
            int v = k / reps;
            int r = k % reps;
            Trace t = r == 0 && traces.get(v) != null ? traces.get(v) : Trace.OFF;
            return replicate(variants.get(v).scenario(), r, p, t);
        }, progress);
        List<ScenarioRun> runs = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            List<ReplicationResult> reps0 = all.subList(v * reps, (v + 1) * reps);
            runs.add(new ScenarioRun(variants.get(v).scenario(), List.copyOf(reps0), Summary.of(reps0), traces.get(v)));
        }
        return runs;
    }

    /**
     * The same runs on {@code engine}, {@code points} describing {@code variants} one for one. The results are
     * the embedded pool's: each replication's streams come from its index. Traces (the report's ladders)
     * come from replication 0 of each variant run again here, with the trace on: tracing draws no random
     * numbers, so it sees the replication the engine ran.
     */
    public static List<ScenarioRun> executeAll(List<Variant> variants, List<ReplicationEngine.Point> points,
                                               int tracedCalls, DoubleConsumer progress, ReplicationEngine engine) {
        int reps = variants.get(0).scenario().run().replications();
        List<List<ReplicationResult>> all = engine.run(points, reps, progress);
        List<ScenarioRun> runs = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            Scenario s = variants.get(v).scenario();
            CallTrace trace = null;
            if (tracedCalls > 0) {
                trace = new CallTrace(tracedCalls);
                replicate(s, 0, new Progress(), trace);
            }
            List<ReplicationResult> results = List.copyOf(all.get(v));
            runs.add(new ScenarioRun(s, results, Summary.of(results), trace));
        }
        return runs;
    }

    /** Replication {@code r} of {@code scenario}, untraced: the unit of work an engine runs. */
    public static ReplicationResult replication(Scenario scenario, int r, Progress p) {
        return replicate(scenario, r, p, Trace.OFF);
    }

    private static ReplicationResult replicate(Scenario scenario, int r, Progress p, Trace t) {
        return ContactCenter.build(scenario, r, p, t).run(r);
    }
}
