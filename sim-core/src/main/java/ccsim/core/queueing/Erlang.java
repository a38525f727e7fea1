package ccsim.core.queueing;

/** Analytic results of queueing theory that the simulator must agree with where they apply. */
public final class Erlang {
    private Erlang() {
    }

    /**
     * Erlang B: the probability that a call offered to {@code servers} servers with no waiting room
     * finds them all busy, for an offered load of {@code erlangs} (arrival rate × mean holding time).
     * Insensitive to the holding-time distribution. Computed by the stable recursion
     * B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
     */
    public static double b(int servers, double erlangs) {
        if (servers < 0 || !(erlangs >= 0)) {
            throw new IllegalArgumentException("servers >= 0 and load >= 0 required: " + servers + ", " + erlangs);
        }
        double b = 1;
        for (int n = 1; n <= servers; n++) {
            b = erlangs * b / (n + erlangs * b);
        }
        return b;
    }

    /**
     * Erlang C: the probability that a call offered to {@code servers} agents with unlimited waiting
     * room (M/M/n, first come first served) has to wait, for {@code erlangs} of offered load; 1 when
     * the load reaches the number of agents. From Erlang B: C = n·B / (n − A·(1 − B)).
     */
    public static double c(int servers, double erlangs) {
        if (erlangs >= servers) {
            return 1;
        }
        double b = b(servers, erlangs);
        return servers * b / (servers - erlangs * (1 - b));
    }

    /**
     * The Erlang C service level: the share of calls answered within {@code threshold} seconds,
     * 1 − C·exp(−(n − A)·t / h) for mean holding time {@code meanHold}; 0 when the queue is unstable.
     */
    public static double serviceLevel(int servers, double erlangs, double meanHold, double threshold) {
        if (erlangs >= servers) {
            return 0;
        }
        return 1 - c(servers, erlangs) * Math.exp(-(servers - erlangs) * threshold / meanHold);
    }
}
