package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * refer-enabled on the gateway's Trunk DN acts on every transfer that reaches it (Appendix B). With
 * queuing on GVP the strategy's route comes back through IVR Server as a single-step transfer to the
 * agent: with refer-enabled true SIP Server REFERs the gateway, which calls the agent itself; it used to
 * re-INVITE the gateway whatever the option said.
 */
class ReferEnabledPathsTest {

    private static ContactCenter run(boolean referEnabled, CallTrace trace) {
        Scenario s = BehindFixture.withGatewayReferEnabled(BehindFixture.scenario(Queuing.GVP, TransferMethod.REFER,
                GvpMode.IN_FRONT, 10, 6, 120, 0.8, new Distribution.Lognormal(45, 30),
                new Distribution.Lognormal(150, 100), null, new Distribution.Lognormal(0.004, 0.003),
                Duration.ofHours(2), Duration.ofMinutes(15), 1), referEnabled);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        cc.run(0);
        return cc;
    }

    @Test
    void queuingOnGvpReferTheGatewayWhenItTakesRefer() {
        CallTrace trace = new CallTrace(40);
        ContactCenter cc = run(true, trace);
        Conservation.assertNothingLost(cc, 150);
        long agentCall = trace.calls().stream().filter(call -> TraceSteps.render(cc, trace.of(call)).stream()
                .anyMatch(x -> x.startsWith("Agent ") && x.endsWith("200 OK"))).findFirst().orElseThrow();
        List<String> steps = TraceSteps.render(cc, trace.of(agentCall));
        TraceSteps.assertInOrder(steps, List.of(
                "IVR Server -> SIP Server: RequestSingleStepTransfer",
                "SIP Server -> Media Gateway: REFER",                       // the gateway takes the transfer
                "Media Gateway -> SIP Server: INVITE"));                    // and calls the agent itself
        assertFalse(steps.contains("SIP Server -> Media Gateway: INVITE"), "no re-INVITE of the gateway: " + steps);

        assertTrue(cc.gateway().ledger().count(CallOutcome.SERVED_BY_AGENT) > 50, "callers reach agents");
        assertEquals(0, cc.gateway().ledger().count(CallOutcome.FAILED), "no call fails taking the REFER");

        CallTrace old = new CallTrace(40);
        ContactCenter reInvited = run(false, old);
        assertTrue(old.calls().stream().anyMatch(call -> TraceSteps.render(reInvited, old.of(call))
                .contains("SIP Server -> Media Gateway: INVITE")), "refer-enabled false: the gateway is re-INVITEd");
    }

    /** The IVR Server transfer method: the single-step transfer to the Routing Point is a REFER to the gateway too. */
    @Test
    void anIvrServerTransferReferTheGatewayWhenItTakesRefer() {
        Scenario s = BehindFixture.withGatewayReferEnabled(BehindFixture.scenario(Queuing.STREAM_MANAGER,
                TransferMethod.IVR_SERVER, GvpMode.IN_FRONT, 10, 6, 120, 0.8, new Distribution.Lognormal(45, 30),
                new Distribution.Lognormal(150, 100), null, new Distribution.Lognormal(0.004, 0.003),
                Duration.ofHours(2), Duration.ofMinutes(15), 1), true);
        CallTrace trace = new CallTrace(40);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        cc.run(0);
        Conservation.assertNothingLost(cc, 150);
        long transferred = trace.calls().stream().filter(call -> TraceSteps.render(cc, trace.of(call))
                .contains("IVR Server -> SIP Server: RequestSingleStepTransfer")).findFirst().orElseThrow();
        TraceSteps.assertInOrder(TraceSteps.render(cc, trace.of(transferred)), List.of(
                "IVR Server -> SIP Server: RequestSingleStepTransfer",
                "SIP Server -> Media Gateway: REFER",
                "Media Gateway -> SIP Server: INVITE"));
        assertTrue(cc.gateway().ledger().count(CallOutcome.SERVED_BY_AGENT) > 50, "callers reach agents");
        assertEquals(0, cc.gateway().ledger().count(CallOutcome.FAILED));
    }
}
