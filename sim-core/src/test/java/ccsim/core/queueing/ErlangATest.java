package ccsim.core.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErlangATest {

    /** Without abandonment the chain gives Erlang C: C = B / (1 - ρ(1 - B)), E[W] = C / (nμ - λ). */
    @Test
    void withoutAbandonmentItIsErlangC() {
        int n = 10;
        double mu = 1 / 180.0;
        double lambda = 8 * mu;
        double b = Erlang.b(n, 8);
        double c = b / (1 - 0.8 * (1 - b));
        ErlangA a = ErlangA.of(n, lambda, mu, 0);
        assertEquals(c, a.probabilityOfWaiting(), 1e-10);
        assertEquals(c / (n * mu - lambda), a.meanWait(), 1e-7);
        assertEquals(0, a.probabilityOfAbandoning(), 0);
    }

    /** With θ = μ every caller in the system leaves at rate μ: the M/M/∞ chain, P(k ≥ n) from the Poisson tail. */
    @Test
    void patienceEqualToServiceIsMmInfinity() {
        int n = 5;
        double mu = 1;
        double lambda = 6;
        ErlangA a = ErlangA.of(n, lambda, mu, mu);
        double term = Math.exp(-6);
        double below = 0;
        for (int k = 0; k < n; k++) {
            below += term;
            term *= 6.0 / (k + 1);
        }
        assertEquals(1 - below, a.probabilityOfWaiting(), 1e-12);
        // E[(K - n)+] for Poisson(6) times θ/λ
        double expectedQueue = 0;
        term = Math.exp(-6);
        for (int k = 0; k < 200; k++) {
            if (k > n) {
                expectedQueue += (k - n) * term;
            }
            term *= 6.0 / (k + 1);
        }
        assertEquals(expectedQueue, a.meanQueueLength(), 1e-12);
        assertEquals(expectedQueue / 6, a.probabilityOfAbandoning(), 1e-12);
    }

    @Test
    void largeCentersDoNotOverflow() {
        ErlangA a = ErlangA.of(1000, 980 / 300.0, 1 / 300.0, 1 / 90.0);
        assertEquals(true, a.probabilityOfWaiting() > 0 && a.probabilityOfWaiting() < 1);
    }
}
