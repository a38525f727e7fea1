package ccsim.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ccsim.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    private static double replication(int r) {
        var s = new RandomStreams(5, r).stream("x");
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += s.nextDouble();
        }
        return sum;
    }

    @Test
    void resultsComeBackInReplicationOrderWhateverTheThreadCount() {
        List<Double> one = Experiment.run(12, 1, (r, p) -> replication(r), null);
        List<Double> four = Experiment.run(12, 4, (r, p) -> replication(r), null);
        assertEquals(one, four);
        for (int r = 0; r < 12; r++) {
            assertEquals(replication(r), one.get(r));
        }
    }

    @Test
    void aFailingReplicationIsReportedWithItsIndex() {
        ReplicationFailedException e = assertThrows(ReplicationFailedException.class,
                () -> Experiment.run(5, 2, (r, p) -> {
                    if (r == 3) {
                        throw new IllegalStateException("boom");
                    }
                    return r;
                }, null));
        assertEquals(3, e.replication());
        assertEquals("boom", e.getCause().getMessage());
    }

    @Test
    void progressReachesOne() {
        double[] last = {0};
        Experiment.run(3, 2, (r, p) -> r, f -> last[0] = f);
        assertEquals(1.0, last[0]);
    }
}
