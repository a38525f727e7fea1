package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.SipRequest;
import ccsim.core.network.Delivery;
import ccsim.core.random.Distribution;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.DnConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import ccsim.model.cti.Cti;
import ccsim.model.ivr.Ivr;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The traced messages of In-Front calls follow the guide's steps (ch.1 "In-Front Mode—Architecture and
 * Call Flows", ch.3): delivery to GVP through the virtual switch, ISCC DNIS pooling, the Trunk Group DN
 * and the RM, then each way of delivering the caller to an agent. One agent whose calls last 1,000 s
 * makes the second call wait.
 */
class InFrontCallFlowTest {

    private record Run(ContactCenter cc, CallTrace trace) {
        List<String> steps(long call) {
            return TraceSteps.render(cc, trace.of(call));
        }

        <T> T first(long call, Class<T> type, Predicate<T> which) {
            return trace.of(call).stream().map(Delivery::message).filter(type::isInstance).map(type::cast)
                    .filter(which).findFirst().orElseThrow(() -> new AssertionError("no such " + type.getSimpleName()
                            + " in call " + call + ":\n  " + String.join("\n  ", steps(call))));
        }
    }

    private static Scenario scenario(InFrontFixture.Delivery delivery, Map<String, String> options) {
        return InFrontFixture.scenario(delivery, options, 3, 1, 120, 1.0, new Distribution.Constant(30),
                new Distribution.Constant(1000), null, new Distribution.Constant(0.001), Duration.ofMinutes(30),
                Duration.ZERO, 1);
    }

    private static Run run(Scenario s) {
        CallTrace trace = new CallTrace(2);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        cc.run(0);
        return new Run(cc, trace);
    }

    private static Run run(InFrontFixture.Delivery delivery) {
        return run(scenario(delivery, InFrontFixture.seedOptions()));
    }

    /** guide ch.1, In-Front "Call Delivery to GVP" steps 1-8, through the virtual switch of ch.3. */
    private static final List<String> DELIVERY_TO_GVP = List.of(
            "Media Gateway -> SIP Server: INVITE",                          // 1
            "SIP Server -> URS: EventRouteRequest",                         // 2: Routing Point 4617's strategy
            "URS -> SIP Server: RequestRouteCall",                          // 7: a port of GVP_EE_IP_VIRTUAL
            "SIP Server -> IVR Server: RequestIsccAccess",                  // ISCC DNIS pooling (Figure 27)
            "IVR Server -> SIP Server: EventIsccAccess",                    // Access Resource 4618
            "SIP Server -> Resource Manager: INVITE",                       // 3-4: Trunk Group DN 4618's contact
            "Resource Manager -> SIP Server: 302 Moved Temporarily",        // 5
            "SIP Server -> IPCS 172.21.11.15: INVITE",                      // 8
            "IPCS 172.21.11.15 -> IVR Server: NewCall",                     // UseDNIS: IVR Server matches the call
            "IVR Server -> Stat Server: EventRinging",                      // the Voice Treatment Port is busy
            "SIP Server -> Media Gateway: 200 OK");

    @Test
    void deliveryToGvpGoesThroughTheVirtualSwitchAndTheTrunkGroup() {
        Run r = run(InFrontFixture.Delivery.IVR_SERVER_ROUTE);
        TraceSteps.assertInOrder(r.steps(1), DELIVERY_TO_GVP);
        assertEquals("01", r.first(1, CtiMessage.class, m -> m.name().equals(Cti.REQUEST_ROUTE_CALL))
                .attributes().get(Cti.OTHER_DN));
        assertEquals("4618", r.first(1, CtiMessage.class, m -> m.name().equals(Cti.ISCC_EVENT_ACCESS))
                .attributes().get(Cti.ACCESS_NUMBER));
        SipRequest toRm = r.first(1, SipRequest.class, q -> q.requestUri().toString().endsWith("@" + InFrontFixture.RM));
        assertEquals("sip:4618@" + InFrontFixture.RM, toRm.requestUri().toString());
        SipRequest toIpcs = r.first(1, SipRequest.class, q -> q.requestUri().toString().endsWith("@172.21.11.15:5060"));
        assertEquals("sip:4618@172.21.11.15:5060", toIpcs.requestUri().toString());
        // override-to-on-divert false: the To user stays the Routing Point, the DNIS of GVP's application
        assertEquals("sip:4617@172.21.11.15:5060", toIpcs.headers().to().uri().toString());
        IvrMessage newCall = r.first(1, IvrMessage.class, m -> m.name().equals(Ivr.NEW_CALL));
        assertEquals("4618", newCall.fields().get(Ivr.CALLED_NUMBER));
        assertEquals("01", r.first(1, CtiMessage.class, m -> m.name().equals(Cti.EVENT_RINGING))
                .attributes().get(Cti.THIS_DN));
    }

    /**
     * guide ch.3, "Removing the To header": override-to-on-divert true puts the Trunk Group DN in the To
     * header, which GVP takes as the DNIS. Without a GVP application for 4618 the call cannot run.
     */
    @Test
    void overrideToOnDivertMakesTheTrunkGroupTheDnis() {
        Map<String, String> options = new HashMap<>(InFrontFixture.seedOptions());
        options.put("override-to-on-divert", "true");
        Run r = run(scenario(InFrontFixture.Delivery.IVR_SERVER_ROUTE, options));
        SipRequest toIpcs = r.first(1, SipRequest.class, q -> q.requestUri().toString().endsWith("@172.21.11.15:5060"));
        assertEquals("sip:4618@172.21.11.15:5060", toIpcs.headers().to().uri().toString());
        TraceSteps.assertInOrder(r.steps(1), List.of("SIP Server -> IPCS 172.21.11.15: INVITE",
                "IPCS 172.21.11.15 -> SIP Server: 404 Not Found", "SIP Server -> Media Gateway: 404 Not Found"));
        assertTrue(r.cc().ipcs().get(0).unknownApplication() > 0);
    }

    /**
     * guide ch.1 "Call Delivery from GVP to an Agent", the IVR Server way, and ch.3: the URS block asks
     * for a route on Routing Point 1051 of the virtual switch while the port plays the treatment (queuing
     * on GVP with a Routing Point); the strategy selects the agent on the SIP Server switch, ISCC routes
     * through External Routing Point 4612, and GVP transfers the caller there (Transfer Option SIPRefer).
     */
    @Test
    void ivrServerRouteThenPlatformTransferThroughTheExternalRoutingPoint() {
        Run r = run(InFrontFixture.Delivery.IVR_SERVER_ROUTE);
        TraceSteps.assertInOrder(r.steps(2), List.of(
                "IPCS 172.21.11.15 -> IVR Server: RouteRequest",
                "IVR Server -> URS: EventRouteRequest",
                "URS -> IVR Server: RequestApplyTreatment",
                "IVR Server -> IPCS 172.21.11.15: Treatment",
                "URS -> IVR Server: RequestRouteCall",
                "IVR Server -> SIP Server: RequestIsccAccess",
                "SIP Server -> IVR Server: EventIsccAccess",
                "IVR Server -> IPCS 172.21.11.15: RouteResponse",
                "IPCS 172.21.11.15 -> SIP Server: REFER",
                "SIP Server -> IPCS 172.21.11.15: BYE",
                "SIP Server -> Agent 7001: INVITE",
                "Agent 7001 -> SIP Server: 200 OK",
                "SIP Server -> Media Gateway: INVITE"));
        // the inbound strategy on SIP Server's 4617, then the agent strategy on the virtual switch's 1051
        assertEquals(List.of("4617", "1051"), r.trace().of(2).stream().map(Delivery::message)
                .filter(m -> m instanceof CtiMessage c && c.name().equals(Cti.EVENT_ROUTE_REQUEST))
                .map(m -> Cti.thisDn((CtiMessage) m)).toList());
        assertEquals("sip:4612@172.21.11.10:5060", r.first(2, SipRequest.class,
                q -> q.method().name().equals("REFER")).headers().referTo().toString());
        assertEquals(0, r.cc().sipServer().isccMatchFailures());
    }

    /** The optional softswitch trunk with refer-enabled true (guide ch.3): GVP's REFER goes through it. */
    @Test
    void referEnabledSoftswitchPlacesTheTransferItself() {
        Scenario base = scenario(InFrontFixture.Delivery.IVR_SERVER_ROUTE, InFrontFixture.seedOptions());
        List<DnConfig> dns = base.sipServer().dns().stream().map(dn -> dn.name().equals("GW")
                ? new DnConfig("GW", dn.type(), Map.of("contact", "sip:172.21.11.2:5060", "refer-enabled", "true"))
                : dn).toList();
        Run r = run(base.withSipServer(new SipServerConfig(null, base.sipServer().options(), dns, null)));
        TraceSteps.assertInOrder(r.steps(2), List.of(
                "IPCS 172.21.11.15 -> SIP Server: REFER",
                "SIP Server -> Media Gateway: REFER",
                "Media Gateway -> SIP Server: INVITE",
                "SIP Server -> Agent 7001: INVITE",
                "Agent 7001 -> SIP Server: 200 OK"));
    }

    /** guide ch.1: GVP routes the call to SIP Server through IPCC, a REFER to a Routing Point of SIP Server. */
    @Test
    void referToSipServerRoutingPointQueuesOnStreamManager() {
        Run r = run(InFrontFixture.Delivery.REFER_TO_SIP_SERVER);
        TraceSteps.assertInOrder(r.steps(2), List.of(
                "IPCS 172.21.11.15 -> SIP Server: REFER",
                "SIP Server -> IPCS 172.21.11.15: BYE",
                "SIP Server -> URS: EventRouteRequest",
                "URS -> SIP Server: RequestApplyTreatment",
                "SIP Server -> Stream Manager: INVITE",
                "URS -> SIP Server: RequestRouteCall",
                "SIP Server -> Agent 7001: INVITE",
                "SIP Server -> Stream Manager: BYE"));
    }

    /** guide ch.1: a bridged transfer keeps GVP in the call path; the port is held through the conversation. */
    @Test
    void bridgedTransferKeepsTheGvpPort() {
        Run r = run(InFrontFixture.Delivery.BRIDGED);
        TraceSteps.assertInOrder(r.steps(1), List.of(
                "IPCS 172.21.11.15 -> SIP Server: INVITE",
                "SIP Server -> URS: EventRouteRequest",
                "URS -> SIP Server: RequestRouteCall",
                "SIP Server -> Agent 7001: INVITE",
                "Agent 7001 -> SIP Server: 200 OK",
                "SIP Server -> IPCS 172.21.11.15: 200 OK",
                "IPCS 172.21.11.15 -> Media Gateway RTP: RTP AgentVoice",
                "Agent 7001 -> SIP Server: BYE",
                "SIP Server -> IPCS 172.21.11.15: BYE"));
        List<String> steps = r.steps(1);
        assertTrue(steps.stream().noneMatch(s -> s.contains("REFER")), String.join("\n", steps));
        assertTrue(r.cc().ipcs().get(0).bridgedPorts().meanBusy() > 0);
    }
}
