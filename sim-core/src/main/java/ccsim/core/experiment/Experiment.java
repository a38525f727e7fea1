package ccsim.core.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;

/**
 * Runs R independent replications on a pool of threads. Each replication builds its own model,
 * engine and random streams from its index alone, and results come back in replication order, so
 * they are identical whatever the number of threads.
 */
public final class Experiment {

    /** One replication: builds and runs a model for replication {@code r}, reporting progress. */
    @FunctionalInterface
    public interface Replication<R> {
        R run(int r, Progress progress);
    }

    private Experiment() {
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs replications 0..{@code replications}-1 on {@code threads} threads. {@code progress}, if
     * not null, receives the overall fraction done about five times a second from another thread.
     */
    public static <R> List<R> run(int replications, int threads, Replication<R> body, DoubleConsumer progress) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        Progress[] progresses = new Progress[replications];
        for (int r = 0; r < replications; r++) {
            progresses[r] = new Progress();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications), daemon("replication"));
        ScheduledExecutorService ticker = progress == null ? null
                : Executors.newSingleThreadScheduledExecutor(daemon("progress"));
        try {
            if (ticker != null) {
                ticker.scheduleAtFixedRate(() -> progress.accept(overall(progresses)), 200, 200,
                        TimeUnit.MILLISECONDS);
            }
            List<Future<R>> futures = new ArrayList<>(replications);
            for (int r = 0; r < replications; r++) {
                final int rep = r;
                futures.add(pool.submit(() -> {
                    R result = body.run(rep, progresses[rep]);
                    progresses[rep].report(1);
                    return result;
                }));
            }
            List<R> results = new ArrayList<>(replications);
            for (int r = 0; r < replications; r++) {
                results.add(await(futures.get(r), r));
            }
            return results;
        } finally {
            pool.shutdownNow();
            if (ticker != null) {
                ticker.shutdownNow();
                progress.accept(overall(progresses));
            }
        }
    }

    private static <R> R await(Future<R> future, int r) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new ReplicationFailedException(r, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplicationFailedException(r, e);
        }
    }

    private static double overall(Progress[] progresses) {
        double sum = 0;
        for (Progress p : progresses) {
            sum += p.fraction();
        }
        return sum / progresses.length;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, "ccsim-" + name);
            t.setDaemon(true);
            return t;
        };
    }
}
