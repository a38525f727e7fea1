package ccsim.core.random;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * The named MRG32k3a streams of one replication.
 *
 * <p>Each stream's seed is derived from the scenario seed and the stream's <em>name</em>, not from
 * the order of creation: adding a source of randomness to a model leaves every other stream, and so
 * every other result, unchanged. Replication {@code r} uses substream {@code r} of each stream, so
 * every variant of a scenario sees the same callers in replication {@code r} (common random numbers).
 *
 * <p>Streams are cloned from one prototype built during class initialisation: SSJ's
 * {@code MRG32k3a()} constructor advances an unsynchronised static seed, {@code clone()} does not,
 * so replications may build their streams on any thread.
 */
public final class RandomStreams {
    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;
    private static final MRG32k3a PROTOTYPE = new MRG32k3a();

    private final long seed;
    private final int replication;
    private final Map<String, RandomStream> byName = new HashMap<>();

    public RandomStreams(long seed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0, was " + replication);
        }
        this.seed = seed;
        this.replication = replication;
    }

    /** The stream of this name, created on first use at substream {@code replication}. */
    public RandomStream stream(String name) {
        return byName.computeIfAbsent(name, this::create);
    }

    private RandomStream create(String name) {
        MRG32k3a s = PROTOTYPE.clone();
        s.setSeed(seedFor(seed, name));
        for (int i = 0; i < replication; i++) {
            s.resetNextSubstream();
        }
        return s;
    }

    /** Six MRG32k3a seed components from a SplitMix64 sequence keyed by seed and name. */
    static long[] seedFor(long seed, String name) {
        long state = seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            state = mix(state ^ (b & 0xff)) + 0x9E3779B97F4A7C15L;
        }
        long[] s = new long[6];
        for (int i = 0; i < 6; i++) {
            state += 0x9E3779B97F4A7C15L;
            long m = i < 3 ? M1 : M2;
            // 1 .. m-1: never all zero, always below the modulus, as MRG32k3a requires
            s[i] = 1 + Long.remainderUnsigned(mix(state), m - 1);
        }
        return s;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
