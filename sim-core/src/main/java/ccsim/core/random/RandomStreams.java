package ccsim.core.random;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import umontreal.ssj.rng.LFSR113;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * The named MRG32k3a streams of one replication, and its few fast (LFSR113) ones.
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
    // LFSR113's constructor, like MRG32k3a's, advances an unsynchronised static seed: clone this one
    private static final LFSR113 FAST_PROTOTYPE = new LFSR113();
    /** LFSR113's seed components must be at least 2, 8, 16 and 128. */
    private static final int[] FAST_SEED_MINIMUM = {2, 8, 16, 128};

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
        return named(name, MRG32k3a.class, n -> {
            MRG32k3a s = PROTOTYPE.clone();
            s.setSeed(seedFor(seed, n));
            return s;
        });
    }

    /**
     * The fast stream of this name, created on first use at substream {@code replication}: an LFSR113
     * (L'Ecuyer's combined Tausworthe generator, 32-bit uniforms) instead of an MRG32k3a, for draws so
     * numerous that the generator's cost shows in a run's time. A busy day draws one network latency
     * per message, 21 million of them, and MRG32k3a spends about 30 ns on a uniform where LFSR113
     * spends under 10. Its seed too comes from the scenario seed and the name; its name space is the
     * same as {@link #stream}'s, and a name is either one kind of stream or the other.
     */
    public RandomStream fastStream(String name) {
        return named(name, LFSR113.class, n -> {
            LFSR113 s = FAST_PROTOTYPE.clone();
            s.setSeed(fastSeedFor(seed, n));
            return s;
        });
    }

    private RandomStream named(String name, Class<? extends RandomStream> kind, Function<String, RandomStream> seeded) {
        RandomStream s = byName.computeIfAbsent(name, n -> {
            RandomStream fresh = seeded.apply(n);
            for (int i = 0; i < replication; i++) {
                fresh.resetNextSubstream();
            }
            return fresh;
        });
        if (!kind.isInstance(s)) {
            throw new IllegalStateException("stream " + name + " is not an " + kind.getSimpleName()
                    + " stream: the name was taken by the other kind");
        }
        return s;
    }

    /** Four LFSR113 seed components: the low 32 bits of the first four of {@link #seedFor}, off the few values it refuses. */
    static int[] fastSeedFor(long seed, String name) {
        long[] words = seedFor(seed, name);
        int[] s = new int[FAST_SEED_MINIMUM.length];
        for (int i = 0; i < s.length; i++) {
            int v = (int) words[i];
            s[i] = v >= 0 && v < FAST_SEED_MINIMUM[i] ? v + FAST_SEED_MINIMUM[i] : v;
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
