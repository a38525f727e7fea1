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

    private static ReplicationResult replicate(Scenario scenario, int r, Progress p, Trace t) {
        return ContactCenter.build(scenario, r, p, t).run(r);
    }
}
