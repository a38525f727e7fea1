package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.core.experiment.Progress;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.network.Delivery;
import ccsim.core.network.Node;
import ccsim.core.random.Distribution;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The traced messages of one call follow the guide's Stand-Alone steps (ch.1 steps 1–5), in order. */
class StandAloneCallFlowTest {

    @Test
    void firstCallFollowsTheSeedStepsInOrder() {
        Scenario base = StandAloneFixture.scenario(new int[] {4}, 60, new Distribution.Constant(90),
                new Distribution.Constant(0.001), Duration.ofMinutes(10), Duration.ZERO, 1);
        // the IPCS answers after half a second, so provisional and final responses are apart in time
        Scenario s = base.withIpcs(List.of(new IpcsConfig("172.21.11.15:5060", 4, null, new Distribution.Constant(0.5))));
        CallTrace trace = new CallTrace(1);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        cc.run(0);

        Map<String, String> names = new HashMap<>();
        for (Node n : List.<Node>of(cc.gateway(), cc.sipServer(), cc.resourceManager(), cc.ipcs().get(0))) {
            names.put(n.address().toString(), n.name());
        }
        List<Delivery> call = trace.of(1);
        List<String> steps = call.stream().map(d -> names.get(d.from().toString()) + " -> "
                + names.get(d.to().toString()) + ": " + d.message().label()).toList();
        assertEquals(List.of(
                "Media Gateway -> SIP Server: INVITE",              // step 1
                "SIP Server -> Media Gateway: 100 Trying",
                "SIP Server -> Resource Manager: INVITE",           // steps 2-3: DNIS 2801 matches prefix 28
                "Resource Manager -> SIP Server: 302 Moved Temporarily", // step 4
                "SIP Server -> Resource Manager: ACK",
                "SIP Server -> IPCS 172.21.11.15: INVITE",          // step 5
                "SIP Server -> Resource Manager: NOTIFY",           // Table 10: the port is being taken
                "IPCS 172.21.11.15 -> SIP Server: 100 Trying",
                "Resource Manager -> SIP Server: 200 OK",
                "IPCS 172.21.11.15 -> SIP Server: 180 Ringing",       // both once the port answers
                "IPCS 172.21.11.15 -> SIP Server: 200 OK",
                "SIP Server -> Media Gateway: 180 Ringing",
                "SIP Server -> IPCS 172.21.11.15: ACK",             // SIP Server, a B2BUA, ACKs its own leg
                "SIP Server -> Media Gateway: 200 OK",
                "Media Gateway -> SIP Server: ACK",
                "IPCS 172.21.11.15 -> SIP Server: BYE",             // end of self-service
                "SIP Server -> IPCS 172.21.11.15: 200 OK",
                "SIP Server -> Media Gateway: BYE",
                "SIP Server -> Resource Manager: NOTIFY",           // the RM's port is free again
                "Media Gateway -> SIP Server: 200 OK",
                "Resource Manager -> SIP Server: 200 OK"), steps);

        SipResponse redirect = (SipResponse) call.get(3).message();
        assertEquals("sip:2801@172.21.11.15:5060", redirect.headers().contact().toString());
        SipRequest toIpcs = (SipRequest) call.get(5).message();
        assertEquals("sip:2801@172.21.11.15:5060", toIpcs.requestUri().toString());
        // Table 8, override-to-on-divert false: GVP sees the originally dialed number in To
        assertEquals("sip:2801@172.21.11.15:5060", toIpcs.headers().to().uri().toString());
        // the self-service lasted the caller's 90 s, from the ACK at the IPCS to its BYE
        assertEquals(90.0, call.get(15).sentAt() - call.get(12).deliveredAt(), 1e-9);
        // post-dial delay: INVITE sent to 200 OK received at the gateway
        assertEquals(call.get(13).deliveredAt() - call.get(0).sentAt(), cc.gateway().ledger().meanPostDialDelay(),
                1e-12);
    }
}
