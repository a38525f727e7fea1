package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.resource.CountedPool;
import ccsim.model.agents.AgentPhone;
import ccsim.model.caller.CallLedger;
import ccsim.model.gvp.Ipcs;

/** After a run has drained: every call ended in exactly one outcome and no entity holds anything. */
final class Conservation {
    private Conservation() {
    }

    static void assertNothingLost(ContactCenter cc, long minAttempts) {
        CallLedger ledger = cc.gateway().ledger();
        assertTrue(ledger.attemptsAllTime() > minAttempts, "too few calls to prove anything: "
                + ledger.attemptsAllTime());
        assertEquals(ledger.attemptsAllTime(), ledger.endedAllTime(), "calls offered vs calls ended");
        long observedEnded = 0;
        for (CallOutcome o : CallOutcome.values()) {
            observedEnded += ledger.count(o);
        }
        assertEquals(ledger.offered(), observedEnded, "observed calls offered vs observed calls ended");
        assertEquals(0, cc.gateway().callsInProgress(), "calls left at the gateway");
        assertEquals(0, cc.sipServer().callsInProgress(), "calls left at SIP Server");
        for (int i = 0; i < cc.ipcs().size(); i++) {
            Ipcs ipcs = cc.ipcs().get(i);
            assertEquals(0, ipcs.ports().busy(), ipcs.name() + " ports left busy");
            assertEquals(0, ipcs.selfServicePorts().busy(), ipcs.name() + " self-service ports left busy");
            assertEquals(0, ipcs.queuePorts().busy(), ipcs.name() + " queue ports left busy");
            assertEquals(0, ipcs.bridgedPorts().busy(), ipcs.name() + " bridged ports left busy");
            if (cc.resourceManager() != null) {
                assertEquals(0, cc.resourceManager().busy(i), "RM still counts ports busy on " + ipcs.name());
            }
        }
        if (cc.urs() != null) {
            assertEquals(0, cc.urs().queued(), "calls left in the URS queue");
        }
        if (cc.streamManager() != null) {
            assertEquals(0, cc.streamManager().ports().busy(), "Stream Manager ports left busy");
        }
        for (AgentPhone a : cc.agents()) {
            assertTrue(!a.busy(), a.name() + " left busy");
        }
        for (CountedPool p : cc.agentsBusy().values()) {
            assertEquals(0, p.busy(), p.name());
        }
    }

    /** A center loaded to show every way a call can end: agents serve, callers abandon, ports block; none fails. */
    static void assertPressureShows(CallLedger ledger) {
        assertTrue(ledger.count(CallOutcome.SERVED_BY_AGENT) > 0);
        assertTrue(ledger.count(CallOutcome.ABANDONED) > 0, "the load was chosen to make callers abandon");
        assertTrue(ledger.count(CallOutcome.BLOCKED) > 0, "the ports were chosen to block some calls");
        assertEquals(0, ledger.count(CallOutcome.FAILED), "no call should fail in a correct configuration");
    }
}
