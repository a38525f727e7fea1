package ccsim.core.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErlangTest {

    /** Values from the closed form A^n/n! / sum_k A^k/k!, computed independently. */
    @Test
    void matchesTheClosedForm() {
        for (int n = 0; n <= 30; n++) {
            for (double a : new double[] {0.5, 3, 8, 20, 25}) {
                double term = 1;
                double sum = 1;
                for (int k = 1; k <= n; k++) {
                    term *= a / k;
                    sum += term;
                }
                assertEquals(term / sum, Erlang.b(n, a), 1e-12, "B(" + n + ", " + a + ")");
            }
        }
    }

    @Test
    void knownTableValue() {
        // a standard Erlang B table: 10 servers at 5 Erlangs block 1.84% of calls
        assertEquals(0.01838, Erlang.b(10, 5), 5e-6);
    }

    /** Erlang C against its own closed form, (A^n/n!)·n/(n−A) / (sum_{k<n} A^k/k! + (A^n/n!)·n/(n−A)). */
    @Test
    void erlangCMatchesItsClosedForm() {
        for (int n = 1; n <= 30; n++) {
            for (double a : new double[] {0.5, 3, 8, 20, 25}) {
                if (a >= n) {
                    assertEquals(1.0, Erlang.c(n, a), "unstable: everyone waits");
                    continue;
                }
                double term = 1;
                double below = 0;
                for (int k = 0; k < n; k++) {
                    below += term;
                    term *= a / (k + 1);
                }
                double waiting = term * n / (n - a);
                assertEquals(waiting / (below + waiting), Erlang.c(n, a), 1e-12, "C(" + n + ", " + a + ")");
            }
        }
        // M/M/2 at one Erlang: a third of callers wait
        assertEquals(1.0 / 3, Erlang.c(2, 1), 1e-15);
    }

    @Test
    void serviceLevelFollowsTheWaitingTimeTail() {
        // M/M/1 at rho = 0.5, mean hold 1: P(W > t) = rho·e^{-(1-rho)t}
        assertEquals(1 - 0.5 * Math.exp(-0.5 * 2), Erlang.serviceLevel(1, 0.5, 1, 2), 1e-15);
        assertEquals(1 - Erlang.c(9, 8), Erlang.serviceLevel(9, 8, 240, 0), 1e-15, "t = 0: those who do not wait");
        assertEquals(0.0, Erlang.serviceLevel(8, 8, 240, 20));
    }
}
