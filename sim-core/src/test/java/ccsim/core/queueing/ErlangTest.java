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
}
