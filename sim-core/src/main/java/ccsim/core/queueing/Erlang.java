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
}
