package ccsim.cli;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The machine's own speed-up from one core to several, for {@code bench --speedup}: a loop that only
 * computes (four independent xorshift generators in registers: no memory traffic, no allocation, no
 * JIT work once warm) timed on one thread and then on several at once, each doing the same work. On a
 * machine with that many free cores it runs as fast on each as on one; where a hypervisor places the
 * virtual cores on two hardware threads of one physical core, or others' guests share its execution
 * units, the threads slow each other, as any program's threads there do.
 */
final class ComputeLoop {
    /** About a quarter of a second of work on one thread of a current machine, once compiled. */
    private static final long ITERATIONS = 200_000_000L;

    private ComputeLoop() {
    }

    /** Runs the loop's work; the value depends on every step, so the compiler cannot drop any. */
    static long work(long iterations) {
        long a = 0x9E3779B97F4A7C15L;
        long b = 0xBF58476D1CE4E5B9L;
        long c = 0x94D049BB133111EBL;
        long d = 0x2545F4914F6CDD1DL;
        for (long i = 0; i < iterations; i++) {
            // four chains that do not wait on each other, so that the core's execution units stay busy
            a = xorshift(a);
            b = xorshift(b);
            c = xorshift(c);
            d = xorshift(d);
        }
        return a ^ b ^ c ^ d;
    }

    /** Marsaglia's xorshift64 step (13, 7, 17): three shifts and three exclusive ors, in registers. */
    private static long xorshift(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        return x ^ (x << 17);
    }

    /**
     * {@code samples} measurements of the speed-up on {@code threads} threads: each the time of the work
     * on one thread, times {@code threads}, over the time the same work takes on {@code threads} threads at
     * once (so {@code threads} when they do not slow each other).
     */
    static double[] speedups(int threads, int samples) {
        work(ITERATIONS / 20); // compiled before anything is timed
        double[] s = new double[samples];
        for (int k = 0; k < samples; k++) {
            s[k] = threads * seconds(1) / seconds(threads);
        }
        return s;
    }

    /** Wall seconds for {@code threads} threads started together to run the loop's work each. */
    private static double seconds(int threads) {
        CountDownLatch start = new CountDownLatch(1);
        long[] results = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int slot = i;
            workers[i] = new Thread(() -> {
                uninterrupted(start::await);
                results[slot] = work(ITERATIONS);
            }, "compute-loop-" + i);
            workers[i].start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread w : workers) {
            uninterrupted(w::join);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (Arrays.stream(results).distinct().count() != 1) {
            throw new IllegalStateException("the compute loop gave different results on its threads: "
                    + Arrays.toString(results));
        }
        return seconds;
    }

    /** Waiting for the start signal or for a worker: an interrupt ends the measurement. */
    private interface Wait {
        void run() throws InterruptedException;
    }

    private static void uninterrupted(Wait w) {
        try {
            w.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing the compute loop", e);
        }
    }
}
