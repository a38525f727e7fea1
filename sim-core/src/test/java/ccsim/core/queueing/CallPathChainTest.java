package ccsim.core.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The call path's chain against the exact formulas it contains as special cases. */
class CallPathChainTest {

    /** Nobody asks for an agent: the port pool is a loss system, Erlang B. */
    @Test
    void withoutAgentsWantedThePortsAreErlangB() {
        CallPathChain r = CallPathChain.solve(new CallPathChain.Parameters(8.0 / 60, 10, 1 / 60.0, 0, 2, 1 / 180.0,
                0, true, false));
        assertEquals(Erlang.b(10, 8), r.blockingAtEntry(), 1e-9);
    }

    /**
     * Ports in excess and no port held while waiting: callers reach the agents as the Poisson output of an
     * M/M/infinity self-service, so the agents' queue is Erlang A.
     */
    @Test
    void withPortsInExcessTheAgentsAreErlangA() {
        double lambda = 150 / 3600.0;
        CallPathChain r = CallPathChain.solve(new CallPathChain.Parameters(lambda, 40, 1 / 45.0, 0.8, 8, 1 / 180.0,
                1 / 90.0, false, false));
        ErlangA a = ErlangA.of(8, lambda * 0.8, 1 / 180.0, 1 / 90.0);
        assertTrue(r.blockingAtEntry() < 1e-9, "no blocking: " + r.blockingAtEntry());
        assertEquals(a.probabilityOfWaiting(), r.probabilityOfWaiting(), 1e-7);
        assertEquals(a.probabilityOfAbandoning(), r.probabilityOfAbandoning(), 1e-7);
        assertEquals(a.meanQueueLength(), r.meanQueueLength(), 1e-6);
    }

    /** Queuing on GVP: a waiting caller keeps its port, so a full pool turns callers away and shortens the queue. */
    @Test
    void portsHeldWhileWaitingLimitTheQueue() {
        double lambda = 150 / 3600.0;
        CallPathChain.Parameters free = new CallPathChain.Parameters(lambda, 6, 1 / 45.0, 0.8, 6, 1 / 180.0, 1 / 90.0,
                false, false);
        CallPathChain.Parameters held = new CallPathChain.Parameters(lambda, 6, 1 / 45.0, 0.8, 6, 1 / 180.0, 1 / 90.0,
                true, false);
        CallPathChain a = CallPathChain.solve(free);
        CallPathChain b = CallPathChain.solve(held);
        assertTrue(b.blockingAtEntry() > a.blockingAtEntry(), b + " vs " + a);
        assertTrue(b.meanQueueLength() < a.meanQueueLength(), b + " vs " + a);
    }
}
