package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.core.random.Distribution;
import ccsim.core.stats.IntervalObservation;
import ccsim.core.stats.ReplicationResult;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-interval measures add up to the whole-run ones. */
class IntervalMeasuresTest {

    private static List<IntervalObservation> of(ReplicationResult r, String measure) {
        return r.intervals().stream().filter(o -> o.measure().equals(measure)).toList();
    }

    @Test
    void intervalsPartitionTheHorizon() {
        Scenario s = StandAloneFixture.scenario(new int[] {6, 4}, 400, new Distribution.Lognormal(120, 90),
                new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3), Duration.ZERO, 1);
        ReplicationResult r = ContactCenter.replicate(s, 0, new ccsim.core.experiment.Progress());
        List<IntervalObservation> offered = of(r, "offered calls");
        assertEquals(12, offered.size(), "3 h in 15-minute intervals");
        assertEquals(r.value("offered calls"), offered.stream().mapToDouble(IntervalObservation::value).sum());
        assertEquals(r.value("calls blocked"), of(r, "calls blocked").stream()
                .mapToDouble(IntervalObservation::value).sum());
        // with no warm-up the run's time average is the mean of the interval averages
        String busy = "IPCS 172.21.11.15 busy ports";
        double mean = of(r, busy).stream().mapToDouble(IntervalObservation::value).average().orElseThrow();
        assertEquals(r.value(busy), mean, 1e-9);
        double peak = of(r, "IPCS 172.21.11.15 peak busy ports").stream().mapToDouble(IntervalObservation::value)
                .max().orElseThrow();
        assertEquals(r.value("IPCS 172.21.11.15 peak busy ports"), peak);
    }
}
