package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.resource.CountedPool;
import ccsim.core.trace.Trace;
import ccsim.model.agents.AgentPhone;
import ccsim.model.caller.CallLedger;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import ccsim.model.gvp.Ipcs;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Behind centers under pressure: few IPCS and Stream Manager ports, too few agents, impatient
 * callers, random network latency (so SIP messages overtake each other). Every call ends in exactly
 * one outcome and nothing is left busy, for each queuing choice, transfer method and GVP mode.
 */
class BehindConservationTest {

    @ParameterizedTest(name = "{0}, {1}, GVP {2}, replication {3}, refer-enabled gateway {4}")
    @CsvSource({
            "STREAM_MANAGER, REFER, IN_FRONT, 0, true",
            "STREAM_MANAGER, REFER, IN_FRONT, 1, true",
            "STREAM_MANAGER, REFER, IN_FRONT, 0, false",
            "STREAM_MANAGER, REFER, IN_FRONT, 1, false",
            "STREAM_MANAGER, IVR_SERVER, IN_FRONT, 0, false",
            "STREAM_MANAGER, BRIDGED, IN_FRONT, 0, false",
            "STREAM_MANAGER, BRIDGED, IN_FRONT, 1, false",
            "STREAM_MANAGER, REFER, BEHIND, 0, false",
            "GVP, REFER, IN_FRONT, 0, false",
            "GVP, REFER, IN_FRONT, 1, false",
            "GVP, REFER, BEHIND, 0, false",
    })
    void everyCallEndsOnceAndNothingStaysBusy(Queuing queuing, TransferMethod transfer, GvpMode gvpMode,
                                              int replication, boolean gatewayReferEnabled) {
        Scenario s = BehindFixture.withGatewayReferEnabled(BehindFixture.scenario(queuing, transfer, gvpMode, 4, 6, 260,
                0.8, new Distribution.Lognormal(45, 30), new Distribution.Lognormal(150, 100),
                new Distribution.Exponential(60), new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3),
                Duration.ofMinutes(20), 1), gatewayReferEnabled);
        ContactCenter cc = ContactCenter.build(s, replication, new Progress(), Trace.OFF);
        cc.run(replication);

        CallLedger ledger = cc.gateway().ledger();
        assertTrue(ledger.attemptsAllTime() > 600, "too few calls: " + ledger.attemptsAllTime());
        assertEquals(ledger.attemptsAllTime(), ledger.endedAllTime(), "calls offered vs ended");
        long observed = 0;
        for (CallOutcome o : CallOutcome.values()) {
            observed += ledger.count(o);
        }
        assertEquals(ledger.offered(), observed, "observed calls offered vs ended");
        assertTrue(ledger.count(CallOutcome.SERVED_BY_AGENT) > 0);
        assertTrue(ledger.count(CallOutcome.ABANDONED) > 0, "the load was chosen to make callers abandon");
        assertTrue(ledger.count(CallOutcome.BLOCKED) > 0, "the ports were chosen to block some calls");
        assertEquals(0, ledger.count(CallOutcome.FAILED), "no call should fail in a correct configuration");

        assertEquals(0, cc.gateway().callsInProgress(), "calls left at the gateway");
        assertEquals(0, cc.sipServer().callsInProgress(), "calls left at SIP Server");
        assertEquals(0, cc.urs().queued(), "calls left in the URS queue");
        for (int i = 0; i < cc.ipcs().size(); i++) {
            Ipcs ipcs = cc.ipcs().get(i);
            assertEquals(0, ipcs.ports().busy(), ipcs.name() + " ports left busy");
            assertEquals(0, ipcs.selfServicePorts().busy(), ipcs.name() + " self-service ports left busy");
            assertEquals(0, ipcs.queuePorts().busy(), ipcs.name() + " queue ports left busy");
            assertEquals(0, ipcs.bridgedPorts().busy(), ipcs.name() + " bridged ports left busy");
            assertEquals(0, cc.resourceManager().busy(i), "RM still counts ports busy on " + ipcs.name());
        }
        assertEquals(0, cc.streamManager().ports().busy(), "Stream Manager ports left busy");
        for (AgentPhone a : cc.agents()) {
            assertTrue(!a.busy(), a.name() + " left busy");
        }
        for (CountedPool p : cc.agentsBusy().values()) {
            assertEquals(0, p.busy(), p.name());
        }
    }
}
