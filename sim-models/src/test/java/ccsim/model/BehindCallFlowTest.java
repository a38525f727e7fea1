package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.SipRequest;
import ccsim.core.network.Delivery;
import ccsim.core.random.Distribution;
import ccsim.core.trace.CallTrace;
import ccsim.core.trace.Trace;
import ccsim.model.config.GvpMode;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Queuing;
import ccsim.model.config.RoutingConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import ccsim.model.config.TransferMethod;
import ccsim.model.cti.Cti;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The traced messages of Behind calls follow the guide's steps (ch.1 "Behind Mode—Architecture and
 * Call Flows"): delivery to GVP through the RM treatment, then delivery to an agent for each queuing
 * choice and transfer method. One agent whose calls last 1,000 s makes the second call wait.
 */
class BehindCallFlowTest {

    private record Run(ContactCenter cc, CallTrace trace) {
        List<String> steps(long call) {
            return TraceSteps.render(cc, trace.of(call));
        }
    }

    private static Scenario scenario(Queuing queuing, TransferMethod transfer, GvpMode gvpMode) {
        return BehindFixture.scenario(queuing, transfer, gvpMode, 4, 1, 120, 1.0, new Distribution.Constant(30),
                new Distribution.Constant(1000), null, new Distribution.Constant(0.001), Duration.ofMinutes(30),
                Duration.ZERO, 1);
    }

    private static Run run(Queuing queuing, TransferMethod transfer, GvpMode gvpMode) {
        Scenario s = scenario(queuing, transfer, gvpMode);
        CallTrace trace = new CallTrace(2);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        cc.run(0);
        return new Run(cc, trace);
    }

    /** guide ch.1, "Call Delivery to GVP", steps 1-8 with the RM (ch.2, RM interaction tip steps 1-5). */
    private static final List<String> DELIVERY_TO_GVP = List.of(
            "Media Gateway -> SIP Server: INVITE",                          // 1
            "SIP Server -> URS: EventRouteRequest",                         // 2: the Routing Point's strategy
            "URS -> SIP Server: RequestApplyTreatment",                     // 3: PlayApplication, GSIP_APP_ID 501
            "SIP Server -> Resource Manager: INVITE",                       // 4
            "Resource Manager -> SIP Server: 302 Moved Temporarily",        // 5
            "SIP Server -> URS: EventTreatmentEnd",                         // 6
            "URS -> SIP Server: RequestRouteCall",                          // 7: a port of Place Group 172211115
            "SIP Server -> IPCS 172.21.11.15: INVITE",                      // 8
            "IPCS 172.21.11.15 -> SIP Server: 200 OK",
            "SIP Server -> Media Gateway: 200 OK");

    @Test
    void deliveryToGvpCarriesTheRmAnswerToTheStrategy() {
        Run r = run(Queuing.STREAM_MANAGER, TransferMethod.REFER, GvpMode.IN_FRONT);
        TraceSteps.assertInOrder(r.steps(1), DELIVERY_TO_GVP);
        List<Delivery> call = r.trace().of(1);
        CtiMessage treatment = cti(call, Cti.REQUEST_APPLY_TREATMENT);
        assertEquals(Cti.GSIP_APP_ID_RESOURCE_MANAGER, treatment.userData().get(Cti.GSIP_APP_ID));
        assertEquals("sip:" + BehindFixture.RM, treatment.userData().get(Cti.GSIP_RM_URI));
        CtiMessage end = cti(call, Cti.EVENT_TREATMENT_END);
        assertEquals("172211115", end.userData().get(Cti.GSIP_APPDATA_RM_IPCSID));
        assertEquals("sip:5000@172.21.11.15:5060", end.userData().get(Cti.GSIP_APPDATA_RM_IPCSCONTACT));
        assertEquals("2011", cti(call, Cti.REQUEST_ROUTE_CALL).attributes().get(Cti.OTHER_DN));
        SipRequest toIpcs = call.stream().map(Delivery::message).filter(m -> m instanceof SipRequest q
                && q.requestUri().toString().endsWith("@172.21.11.15:5060")).map(m -> (SipRequest) m).findFirst().orElseThrow();
        assertEquals("sip:2011@172.21.11.15:5060", toIpcs.requestUri().toString());
        // Table 2, override-to-on-divert false: the To user stays the Routing Point, GVP's DNIS
        assertEquals("sip:5000@172.21.11.15:5060", toIpcs.headers().to().uri().toString());
    }

    /**
     * Table 2, event-ringing-on-100trying: true makes SIP Server report EventRinging on the IPCS's
     * 100 Trying, without waiting for the 180 that comes when the port answers; false waits for it.
     */
    @Test
    void eventRingingOn100TryingDoesNotWaitForThe180() {
        for (String value : List.of("true", "false")) {
            Scenario base = scenario(Queuing.STREAM_MANAGER, TransferMethod.REFER, GvpMode.IN_FRONT);
            Map<String, String> options = new HashMap<>(base.sipServer().options());
            options.put("event-ringing-on-100trying", value);
            Scenario s = base.withSipServer(new SipServerConfig(null, options, base.sipServer().dns(), null))
                    .withIpcs(List.of(new IpcsConfig("172.21.11.15:5060", 4, "2011", new Distribution.Constant(0.5),
                                    BehindFixture.TABLE_5),
                            new IpcsConfig("172.21.11.16:5060", 4, "2021", new Distribution.Constant(0.5),
                                    BehindFixture.TABLE_5)));
            CallTrace trace = new CallTrace(1);
            ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
            cc.run(0);
            List<Delivery> call = trace.of(1);
            List<String> steps = TraceSteps.render(cc, call);
            double ringing = call.get(steps.indexOf("SIP Server -> Stat Server: EventRinging")).sentAt();
            double trying = call.get(steps.indexOf("IPCS 172.21.11.15 -> SIP Server: 100 Trying")).deliveredAt();
            double ringback = call.get(steps.indexOf("IPCS 172.21.11.15 -> SIP Server: 180 Ringing")).deliveredAt();
            assertEquals(value.equals("true") ? trying : ringback, ringing, 1e-12, value);
            assertEquals(0.5, ringback - trying, 1e-9);
        }
    }

    @Test
    void queuingOnStreamManagerWithRefer() {
        Run r = run(Queuing.STREAM_MANAGER, TransferMethod.REFER, GvpMode.IN_FRONT);
        TraceSteps.assertInOrder(r.steps(2), List.of(
                "IPCS 172.21.11.16 -> SIP Server: REFER",                   // 1: transfer to Routing Point 5100
                "SIP Server -> IPCS 172.21.11.16: BYE",                     // 2: the IPCS dialog ends
                "SIP Server -> URS: EventRouteRequest",
                "URS -> SIP Server: RequestApplyTreatment",                 // 3: no agent ready, music
                "SIP Server -> Stream Manager: INVITE",                      // 4
                "SIP Server -> Media Gateway: INVITE",                      // the caller hears the treatment
                "URS -> SIP Server: RequestRouteCall",                      // 5: the agent is ready
                "SIP Server -> Agent 7001: INVITE",                         // 6
                "Agent 7001 -> SIP Server: 200 OK",
                "SIP Server -> Media Gateway: INVITE",
                "SIP Server -> Stream Manager: BYE"));                      // 6: the Stream Manager dialog ends
        assertFalse(r.steps(2).contains("IPCS 172.21.11.16 -> IVR Server: RouteRequest"));
    }

    /**
     * Appendix B, refer-enabled true on the gateway's Trunk DN: SIP Server passes the transfer to the
     * caller's side by REFER; the gateway calls the Routing Point itself and hangs up the IPCS call.
     */
    @Test
    void referEnabledGatewayPlacesTheTransferredCallItself() {
        Scenario s = BehindFixture.withGatewayReferEnabled(scenario(Queuing.STREAM_MANAGER, TransferMethod.REFER,
                GvpMode.IN_FRONT), true);
        CallTrace trace = new CallTrace(2);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        cc.run(0);
        List<String> steps = TraceSteps.render(cc, trace.of(2));
        TraceSteps.assertInOrder(steps, List.of(
                "IPCS 172.21.11.16 -> SIP Server: REFER",
                "SIP Server -> IPCS 172.21.11.16: 202 Accepted",
                "SIP Server -> Media Gateway: REFER",                       // passed to the caller's side
                "Media Gateway -> SIP Server: 202 Accepted",
                "Media Gateway -> SIP Server: INVITE",                      // the caller's side calls 5100
                "Media Gateway -> SIP Server: BYE",                         // and hangs up the IPCS call
                "SIP Server -> URS: EventRouteRequest",
                "SIP Server -> IPCS 172.21.11.16: BYE",
                "SIP Server -> Stream Manager: INVITE",
                "SIP Server -> Media Gateway: 200 OK",                      // the new call answered by music
                "SIP Server -> Agent 7001: INVITE",
                "SIP Server -> Media Gateway: INVITE"));                    // then moved to the agent
        SipRequest referToGateway = (SipRequest) trace.of(2).stream().filter(d -> d.message() instanceof SipRequest q
                && q.method() == ccsim.core.message.SipMethod.REFER && d.to().port() == 5060
                && d.to().host().equals("172.21.11.2")).findFirst().orElseThrow().message();
        assertEquals("sip:5100@172.21.11.10:5060", referToGateway.headers().referTo().toString());
        // The same callers are served whichever side places the transferred call: one extra hop of latency
        // does not change who reaches an agent in this lightly loaded fixture.
        ContactCenter plain = ContactCenter.build(scenario(Queuing.STREAM_MANAGER, TransferMethod.REFER,
                GvpMode.IN_FRONT), 0, new Progress(), Trace.OFF);
        plain.run(0);
        assertEquals(plain.gateway().ledger().countAllTime(CallOutcome.SERVED_BY_AGENT),
                cc.gateway().ledger().countAllTime(CallOutcome.SERVED_BY_AGENT));
        assertEquals(0, cc.gateway().callsInProgress());
    }

    /**
     * T-Library registration: IVR Server registered the Voice Treatment Ports one DN at a time, so SIP
     * Server tells it of the call on the port and of nothing on the agent's DN; Stat Server, which
     * monitors every DN, hears of both. Each hears only of the event types its input mask names.
     */
    @Test
    void eachClientHearsOnlyOfTheDnsAndEventsItAskedFor() {
        Run r = run(Queuing.STREAM_MANAGER, TransferMethod.IVR_SERVER, GvpMode.IN_FRONT);
        List<Delivery> call = r.trace().of(2);
        List<String> steps = r.steps(2);
        Set<String> toIvrServer = new TreeSet<>();
        Set<String> toStatServer = new TreeSet<>();
        for (int i = 0; i < steps.size(); i++) {
            if (call.get(i).message() instanceof CtiMessage m && m.name().startsWith("Event")) {
                if (steps.get(i).startsWith("SIP Server -> IVR Server: ")) {
                    toIvrServer.add(Cti.thisDn(m));
                } else if (steps.get(i).startsWith("SIP Server -> Stat Server: ")) {
                    toStatServer.add(Cti.thisDn(m));
                }
            }
        }
        assertEquals(Set.of("2021"), toIvrServer, "the port of IPCS 172.21.11.16 that took call 2, nothing else");
        assertTrue(toStatServer.containsAll(Set.of("2021", "7001")), toStatServer.toString());
        // their input masks: neither counts answers, so neither is told of one
        assertTrue(steps.contains("SIP Server -> IVR Server: EventRinging"), steps.toString());
        assertFalse(steps.contains("SIP Server -> IVR Server: EventEstablished"), steps.toString());
        assertTrue(steps.contains("SIP Server -> Stat Server: EventReleased"), steps.toString());
        assertFalse(steps.contains("SIP Server -> Stat Server: EventEstablished"), steps.toString());
    }

    @Test
    void queuingOnStreamManagerWithIvrServerTransfer() {
        Run r = run(Queuing.STREAM_MANAGER, TransferMethod.IVR_SERVER, GvpMode.IN_FRONT);
        TraceSteps.assertInOrder(r.steps(2), List.of(
                "IPCS 172.21.11.16 -> IVR Server: TransferRequest",
                "IVR Server -> SIP Server: RequestSingleStepTransfer",
                "SIP Server -> IPCS 172.21.11.16: BYE",
                "SIP Server -> URS: EventRouteRequest",
                "SIP Server -> Stream Manager: INVITE",
                "SIP Server -> Agent 7001: INVITE"));
        assertFalse(r.steps(2).contains("IPCS 172.21.11.16 -> SIP Server: REFER"));
    }

    /** Bridged transfer: the IPCS calls the Routing Point itself and stays in the call path. */
    @Test
    void queuingOnStreamManagerWithBridgedTransfer() {
        Run r = run(Queuing.STREAM_MANAGER, TransferMethod.BRIDGED, GvpMode.IN_FRONT);
        List<String> steps = r.steps(2);
        TraceSteps.assertInOrder(steps, List.of(
                "IPCS 172.21.11.16 -> SIP Server: INVITE",                  // the bridge call to 5100
                "SIP Server -> URS: EventRouteRequest",
                "SIP Server -> Stream Manager: INVITE",
                "SIP Server -> IPCS 172.21.11.16: 200 OK",                  // the treatment answers the bridge
                "SIP Server -> Agent 7001: INVITE",
                "SIP Server -> IPCS 172.21.11.16: INVITE",                  // the bridge moves to the agent
                "IPCS 172.21.11.16 -> Media Gateway RTP: RTP AgentVoice",   // the caller hears the agent
                "Agent 7001 -> SIP Server: BYE",
                "SIP Server -> IPCS 172.21.11.16: BYE",                     // the bridge call ends ...
                "IPCS 172.21.11.16 -> SIP Server: BYE",                     // ... and the IPCS hangs up the caller
                "SIP Server -> Media Gateway: BYE"));
        assertFalse(steps.contains("SIP Server -> Media Gateway: INVITE"), "no re-INVITE reaches the caller");
        assertEquals(1, steps.stream().filter(x -> x.equals("IPCS 172.21.11.16 -> SIP Server: INVITE")).count(),
                "one bridge call");
        assertTrue(r.cc().ipcs().get(1).bridgedPorts().lifetimeBusySeconds() >= 1000 - 1e-9,
                "the port is held through the whole 1,000 s conversation");
    }

    @Test
    void queuingOnGvp() {
        Run r = run(Queuing.GVP, TransferMethod.REFER, GvpMode.IN_FRONT);
        List<String> steps = r.steps(2);
        TraceSteps.assertInOrder(steps, List.of(
                "IPCS 172.21.11.16 -> IVR Server: RouteRequest",            // 1: routing block on VRP 2700
                "IVR Server -> URS: EventRouteRequest",
                "URS -> IVR Server: RequestApplyTreatment",                 // 2
                "IVR Server -> IPCS 172.21.11.16: Treatment",               // 3: the port plays it
                "URS -> IVR Server: RequestRouteCall",                      // 4: the agent is ready
                "IVR Server -> SIP Server: RequestSingleStepTransfer",      // 5
                "SIP Server -> Agent 7001: INVITE",                         // 6
                "SIP Server -> Media Gateway: INVITE",
                "SIP Server -> IPCS 172.21.11.16: BYE"));                   // 6: the IPCS dialog ends
        assertFalse(steps.stream().anyMatch(s -> s.contains("Stream Manager")), "no Stream Manager in GVP queuing");
    }

    @Test
    void gvpBehindAsksIvrServerForTheDnisBeforeTheApplication() {
        Run r = run(Queuing.STREAM_MANAGER, TransferMethod.REFER, GvpMode.BEHIND);
        // guide ch.1, Behind step 9: as part of establishing the call, before the port answers
        TraceSteps.assertInOrder(r.steps(1), List.of(
                "SIP Server -> IPCS 172.21.11.15: INVITE",
                "IPCS 172.21.11.15 -> IVR Server: CallInfoRequest",         // 9a
                "SIP Server -> IVR Server: EventRinging",                   // IVR Server learns of the call
                "IVR Server -> IPCS 172.21.11.15: CallInfo",                // 9b
                "IPCS 172.21.11.15 -> SIP Server: 200 OK",                  // the application can start
                "IPCS 172.21.11.15 -> SIP Server: REFER"));
        assertTrue(r.cc().gateway().ledger().countAllTime(CallOutcome.SERVED_BY_AGENT) > 0);
    }

    /** guide ch.1, note on steps 3 to 6: without the RM the strategy selects a port directly. */
    @Test
    void withoutTheResourceManagerTheStrategyPicksAPortItself() {
        Scenario base = scenario(Queuing.STREAM_MANAGER, TransferMethod.REFER, GvpMode.IN_FRONT);
        RoutingConfig r = base.routing();
        Scenario s = base.withRouting(new RoutingConfig(false, r.queuing(), r.agentRoutingPoint(), r.transferMethod(),
                r.virtualRoutingPoint(), r.serviceLevelThreshold()));
        CallTrace trace = new CallTrace(1);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        cc.run(0);
        List<String> steps = TraceSteps.render(cc, trace.of(1));
        TraceSteps.assertInOrder(steps, List.of("SIP Server -> URS: EventRouteRequest",
                "URS -> SIP Server: RequestRouteCall", "SIP Server -> IPCS 172.21.11.15: INVITE"));
        assertFalse(steps.contains("SIP Server -> Resource Manager: INVITE"), String.join("\n", steps));
    }

    /**
     * Table 2: with override-to-on-divert true the INVITE's To user is the port's DN, not the Routing
     * Point, so GVP In-Front finds no application for it and every call fails; GVP Behind takes the
     * DNIS from IVR Server and is not affected.
     */
    @Test
    void overrideToOnDivertTrueBreaksGvpInFrontOnly() {
        for (GvpMode gvpMode : GvpMode.values()) {
            Scenario base = scenario(Queuing.STREAM_MANAGER, TransferMethod.REFER, gvpMode);
            Map<String, String> options = new HashMap<>(base.sipServer().options());
            options.put("override-to-on-divert", "true");
            Scenario s = base.withSipServer(new SipServerConfig(null, options, base.sipServer().dns(), null));
            ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
            cc.run(0);
            long offered = cc.gateway().ledger().attemptsAllTime();
            long failed = cc.gateway().ledger().countAllTime(CallOutcome.FAILED);
            if (gvpMode == GvpMode.IN_FRONT) {
                assertEquals(offered, failed, "every call fails for want of an application");
            } else {
                assertEquals(0, failed);
                assertTrue(cc.gateway().ledger().countAllTime(CallOutcome.SERVED_BY_AGENT) > 0);
            }
        }
    }

    private static CtiMessage cti(List<Delivery> call, String name) {
        return call.stream().map(Delivery::message).filter(m -> m instanceof CtiMessage c && c.name().equals(name))
                .map(m -> (CtiMessage) m).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }
}
