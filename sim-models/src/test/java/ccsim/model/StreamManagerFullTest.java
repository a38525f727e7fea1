package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.PairedDifference;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.Scenario;
import ccsim.model.config.StreamManagerConfig;
import ccsim.model.config.StreamManagerFull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * streamManager.whenFull, the policy the guide leaves open for a caller queued on SIP Server when Stream
 * Manager has no free port. With release (the old behaviour) the caller is dropped as blocked, so that
 * cutting Stream Manager ports shortened the queue and raised service level; with keep-waiting the
 * caller keeps its place without music, and fewer ports never improve service level.
 */
class StreamManagerFullTest {
    private static final int REPLICATIONS = 10;

    private static Scenario center(int streamManagerPorts, StreamManagerFull whenFull) {
        Scenario s = BehindFixture.scenario(20, 8, 170, 0.8, new Distribution.Lognormal(60, 40),
                new Distribution.Lognormal(180, 120), new Distribution.Exponential(120),
                new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(4), Duration.ofMinutes(30), 1);
        return s.withStreamManager(new StreamManagerConfig(s.streamManager().address(), streamManagerPorts, whenFull));
    }

    private static List<ReplicationResult> run(Scenario s, List<ContactCenter> centers) {
        List<ReplicationResult> out = new ArrayList<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            ContactCenter cc = ContactCenter.build(s, r, new Progress(), Trace.OFF);
            out.add(cc.run(r));
            centers.add(cc);
        }
        return out;
    }

    private static double sum(List<ReplicationResult> reps, String measure) {
        return reps.stream().mapToDouble(r -> r.value(measure)).sum();
    }

    @Test
    void fewerStreamManagerPortsNeverImproveServiceLevelWhenCallersKeepWaiting() {
        List<ContactCenter> centers = new ArrayList<>();
        List<ReplicationResult> ten = run(center(10, StreamManagerFull.KEEP_WAITING), centers);
        List<ReplicationResult> two = run(center(2, StreamManagerFull.KEEP_WAITING), centers);
        centers.forEach(cc -> Conservation.assertNothingLost(cc, 400));

        assertTrue(sum(two, "Stream Manager refused treatments") > 50, "2 ports should refuse many treatments");
        assertEquals(0, sum(two, "calls blocked"), "a caller refused a treatment keeps waiting: never blocked");
        PairedDifference sl = PairedDifference.of(ten, two).stream()
                .filter(d -> d.measure().equals("service level")).findFirst().orElseThrow();
        assertTrue(sl.mean() <= sl.halfWidth(), "2 ports: service level " + sl.mean() + " ± " + sl.halfWidth()
                + " above 10 ports'");
    }

    /** The old behaviour, kept as a choice: a caller no port can play to is released, counted blocked. */
    @Test
    void releaseDropsTheCallerAsBlocked() {
        List<ContactCenter> centers = new ArrayList<>();
        List<ReplicationResult> two = run(center(2, StreamManagerFull.RELEASE), centers);
        centers.forEach(cc -> Conservation.assertNothingLost(cc, 400));
        assertEquals(sum(two, "Stream Manager refused treatments"), sum(two, "calls blocked"),
                "every refused treatment blocks its caller");
        assertTrue(sum(two, "calls blocked") > 50);
    }
}
