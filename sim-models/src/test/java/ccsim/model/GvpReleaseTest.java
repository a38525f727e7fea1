package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.trace.Trace;
import ccsim.model.agents.AgentPhone;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.GvpMode;
import ccsim.model.config.GvpConferenceConfig;
import ccsim.model.config.HoldConfig;
import ccsim.model.config.OnwardTransferConfig;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import ccsim.model.gvp.Ipcs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * guide ch.1 "Limitations for GVP 7.5 Only": GVP 7.5 releases a call when an agent places it on hold,
 * where GVP is still in the call path (bridged transfer); GVP 7.6 keeps it. Agents hold half of their
 * calls; the same callers run on both releases.
 */
class GvpReleaseTest {

    private static Scenario scenario(TransferMethod transfer, String release) {
        return scenario(transfer, release, new HoldConfig(0.5, new Distribution.Uniform(10, 40)), null);
    }

    private static Scenario scenario(TransferMethod transfer, String release, HoldConfig hold,
                                     OnwardTransferConfig onward) {
        return scenario(transfer, release, hold, onward, null);
    }

    private static Scenario scenario(TransferMethod transfer, String release, HoldConfig hold,
                                     OnwardTransferConfig onward, GvpConferenceConfig conference) {
        Scenario s = BehindFixture.scenario(Queuing.STREAM_MANAGER, transfer, GvpMode.IN_FRONT, 8, 4, 100, 0.8,
                new Distribution.Lognormal(45, 30), new Distribution.Lognormal(150, 100),
                new Distribution.Exponential(90), new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3),
                Duration.ZERO, 1);
        AgentGroupConfig g = s.agentGroups().get(0);
        return s.withAgentGroups(List.of(new AgentGroupConfig(g.name(), g.agents(), g.firstDn(), g.dialedNumbers(),
                g.talkTime(), g.afterCallWork(), g.answerDelay(), g.shifts(), g.skills(), hold, onward, conference)))
                .withGvpRelease(release);
    }

    private static ContactCenter run(Scenario s) {
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
        cc.run(0);
        Conservation.assertNothingLost(cc, 200);
        return cc;
    }

    private static long holds(ContactCenter cc) {
        return cc.agents().stream().mapToLong(AgentPhone::holds).sum();
    }

    @Test
    void gvp75ReleasesEveryBridgedCallPutOnHoldAnd76None() {
        ContactCenter old = run(scenario(TransferMethod.BRIDGED, "7.5"));
        long held = holds(old);
        assertTrue(held > 20, "too few holds to prove anything: " + held);
        assertEquals(held, old.ipcs().stream().mapToLong(Ipcs::releasedOnHold).sum());
        assertEquals(held, old.gateway().ledger().countAllTime(CallOutcome.RELEASED_BY_GVP));

        ContactCenter current = run(scenario(TransferMethod.BRIDGED, "7.6"));
        assertTrue(holds(current) > 20);
        assertEquals(0, current.gateway().ledger().countAllTime(CallOutcome.RELEASED_BY_GVP));
        assertEquals(0, current.ipcs().stream().mapToLong(Ipcs::releasedOnHold).sum());
    }

    /**
     * An agent's transfer onward starts with a consultation hold: GVP 7.5 in the path releases the call
     * there; with 7.6 the call reaches another agent.
     */
    @Test
    void gvp75ReleasesBridgedCallsAnAgentTransfersAnd76PassesThemOn() {
        OnwardTransferConfig onward = new OnwardTransferConfig(0.3, new Distribution.Uniform(5, 20));
        ContactCenter old = run(scenario(TransferMethod.BRIDGED, "7.5", null, onward));
        long transferred = old.agents().stream().mapToLong(AgentPhone::transfers).sum();
        assertTrue(transferred > 20, "too few transfers to prove anything: " + transferred);
        assertEquals(transferred, old.gateway().ledger().countAllTime(CallOutcome.RELEASED_BY_GVP));

        ContactCenter current = run(scenario(TransferMethod.BRIDGED, "7.6", null, onward));
        long passedOn = current.agents().stream().mapToLong(AgentPhone::transfers).sum();
        assertTrue(passedOn > 20);
        assertEquals(0, current.gateway().ledger().countAllTime(CallOutcome.RELEASED_BY_GVP));
        // every transferred call was answered again by another agent, and ended served by agents
        long answers = current.agents().stream().mapToLong(AgentPhone::answered).sum();
        assertEquals(current.gateway().ledger().countAllTime(CallOutcome.SERVED_BY_AGENT) + passedOn, answers);
    }

    /**
     * After a mute transfer by REFER, agents bring GVP back into the call: SIP Server opens a Stream
     * Manager conference, calls GVP in and re-INVITEs it into the conference. GVP 7.5 does not support
     * that re-INVITE: every attempt fails (counted) and the agent and caller talk on; 7.6 joins.
     */
    @Test
    void gvp75RefusesTheConferenceReInviteAnd76Joins() {
        GvpConferenceConfig conference = new GvpConferenceConfig(0.5, new Distribution.Uniform(20, 40));
        ContactCenter old = run(scenario(TransferMethod.REFER, "7.5", null, null, conference));
        long[] asked = old.sipServer().conferences();
        assertTrue(asked[0] > 20, "too few conferences to prove anything: " + asked[0]);
        assertTrue(asked[1] > 20);
        assertEquals(0, asked[2]);
        assertEquals(asked[1], old.ipcs().stream().mapToLong(Ipcs::refusedReInvites).sum());
        assertEquals(0, old.gateway().ledger().countAllTime(CallOutcome.RELEASED_BY_GVP));

        ContactCenter current = run(scenario(TransferMethod.REFER, "7.6", null, null, conference));
        long[] held = current.sipServer().conferences();
        assertTrue(held[2] > 20);
        assertEquals(0, held[1]);
        assertEquals(0, current.ipcs().stream().mapToLong(Ipcs::refusedReInvites).sum());
    }

    /** Out of the call path (REFER), GVP 7.5 never sees the hold. */
    @Test
    void gvp75KeepsCallsItIsNotInThePathOf() {
        ContactCenter cc = run(scenario(TransferMethod.REFER, "7.5"));
        assertTrue(holds(cc) > 20);
        assertEquals(0, cc.gateway().ledger().countAllTime(CallOutcome.RELEASED_BY_GVP));
    }
}
