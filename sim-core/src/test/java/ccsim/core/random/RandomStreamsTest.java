package ccsim.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.LFSR113;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

class RandomStreamsTest {

    private static double[] draw(RandomStream s, int n) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = s.nextDouble();
        }
        return u;
    }

    @Test
    void sameSeedNameAndReplicationGiveTheSameNumbers() {
        assertArrayEquals(draw(new RandomStreams(7, 3).stream("arrivals:a"), 100),
                draw(new RandomStreams(7, 3).stream("arrivals:a"), 100));
    }

    @Test
    void aStreamDoesNotDependOnWhichOtherStreamsWereCreatedFirst() {
        RandomStreams one = new RandomStreams(7, 0);
        one.stream("x");
        one.stream("y");
        double[] late = draw(one.stream("arrivals:a"), 50);
        double[] alone = draw(new RandomStreams(7, 0).stream("arrivals:a"), 50);
        assertArrayEquals(alone, late);
    }

    @Test
    void replicationRIsSubstreamROfTheNamedStream() {
        MRG32k3a reference = new MRG32k3a();
        reference.setSeed(RandomStreams.seedFor(7, "arrivals:a"));
        assertArrayEquals(draw(twoSubstreamsOn(reference), 20), draw(new RandomStreams(7, 2).stream("arrivals:a"), 20));
    }

    private static RandomStream twoSubstreamsOn(RandomStream s) {
        s.resetNextSubstream();
        s.resetNextSubstream();
        return s;
    }

    @Test
    void namesSeedsAndReplicationsAllChangeTheNumbers() {
        double[] base = draw(new RandomStreams(7, 0).stream("a"), 5);
        assertNotEquals(base[0], draw(new RandomStreams(7, 0).stream("b"), 5)[0]);
        assertNotEquals(base[0], draw(new RandomStreams(8, 0).stream("a"), 5)[0]);
        assertNotEquals(base[0], draw(new RandomStreams(7, 1).stream("a"), 5)[0]);
    }

    @Test
    void derivedSeedsAreValidForMrg32k3a() {
        for (long seed = -5; seed < 200; seed++) {
            long[] s = RandomStreams.seedFor(seed, "stream" + seed);
            for (int i = 0; i < 6; i++) {
                long m = i < 3 ? 4294967087L : 4294944443L;
                assertTrue(s[i] > 0 && s[i] < m, "component " + i + " = " + s[i]);
            }
        }
    }

    @Test
    void theSameStreamObjectIsReturnedForAName() {
        RandomStreams r = new RandomStreams(1, 0);
        assertEquals(r.stream("a"), r.stream("a"));
    }

    @Test
    void aFastStreamIsSubstreamROfAnLfsr113SeededFromTheSeedAndName() {
        LFSR113 reference = new LFSR113();
        reference.setSeed(RandomStreams.fastSeedFor(7, "network:latency"));
        assertArrayEquals(draw(twoSubstreamsOn(reference), 20), draw(new RandomStreams(7, 2).fastStream("network:latency"), 20));
        assertArrayEquals(draw(new RandomStreams(7, 2).fastStream("network:latency"), 100),
                draw(new RandomStreams(7, 2).fastStream("network:latency"), 100));
    }

    @Test
    void derivedFastSeedsAreValidForLfsr113() {
        int[] minimum = {2, 8, 16, 128};
        for (long seed = -5; seed < 200; seed++) {
            int[] s = RandomStreams.fastSeedFor(seed, "stream" + seed);
            for (int i = 0; i < 4; i++) {
                assertTrue(s[i] < 0 || s[i] >= minimum[i], "component " + i + " = " + s[i]);
            }
        }
    }

    @Test
    void aNameIsOneKindOfStream() {
        RandomStreams r = new RandomStreams(1, 0);
        r.stream("a");
        r.fastStream("b");
        assertThrows(IllegalStateException.class, () -> r.fastStream("a"));
        assertThrows(IllegalStateException.class, () -> r.stream("b"));
    }
}
