package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.core.experiment.Progress;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.network.Delivery;
import ccsim.core.random.Distribution;
import ccsim.core.trace.CallTrace;
import ccsim.model.config.DnConfig;
import ccsim.model.config.NetworkConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import ccsim.model.config.SipTimersConfig;
import ccsim.model.config.SipTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §17.1.1: an INVITE nobody answers is sent again after T1, 2·T1, 4·T1, ... (Timer A) until
 * Timer B (64·T1) fails the transaction. Here the Resource Manager's Trunk DN points to a host where
 * nothing listens; each call's INVITE to it goes at 0, 0.5, 1.5, 3.5, 7.5, 15.5 and 31.5 s, and at 32 s
 * SIP Server gives up and answers the caller 408. Over TCP it is sent once.
 */
class SipTimersTest {
    private static final String DEAD = "10.0.0.99";

    private static Scenario scenario(SipTransport transport) {
        Scenario s = StandAloneFixture.scenario(new int[] {4}, 30, new Distribution.Constant(60),
                new Distribution.Constant(0.001), Duration.ofMinutes(10), Duration.ZERO, 1);
        List<DnConfig> dns = s.sipServer().dns().stream().map(d -> d.name().equals("Resource Manager")
                ? new DnConfig(d.name(), d.type(), Map.of("contact", "sip:" + DEAD + ":5090", "prefix", "28",
                        "straight-forward", "true")) : d).toList();
        return new Scenario(s.name(), s.description(), s.mode(), s.run(),
                new NetworkConfig(s.network().latency(), s.network().links(), new SipTimersConfig(transport, null, null)),
                s.gateway(), new SipServerConfig(null, s.sipServer().options(), dns, null), s.resourceManager(),
                s.ipcs(), s.routing(), s.ivrServer(), s.streamManager(), s.agentGroups(), s.callTypes(), s.targets());
    }

    private static List<Delivery> firstCall(SipTransport transport) {
        CallTrace trace = new CallTrace(1);
        ContactCenter cc = ContactCenter.build(scenario(transport), 0, new Progress(), trace);
        cc.run(0);
        return trace.of(1);
    }

    @Test
    void unansweredInviteFollowsTimerAThenTimerB() {
        List<Delivery> call = firstCall(SipTransport.UDP);
        List<Double> sent = call.stream().filter(d -> d.to().host().equals(DEAD) && d.message() instanceof SipRequest)
                .map(Delivery::sentAt).toList();
        assertEquals(7, sent.size(), sent.toString());
        double[] expected = {0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], sent.get(k) - sent.get(0), 1e-9, "send " + k);
        }
        Delivery timeout = call.stream().filter(d -> d.message() instanceof SipResponse r && r.status() == 408)
                .findFirst().orElseThrow();
        assertEquals(32.0, timeout.sentAt() - sent.get(0), 1e-9);
    }

    @Test
    void overTcpTheInviteGoesOnceAndTimerBStillFails() {
        List<Delivery> call = firstCall(SipTransport.TCP);
        assertEquals(1, call.stream().filter(d -> d.to().host().equals(DEAD)).count());
        double sent = call.stream().filter(d -> d.to().host().equals(DEAD)).findFirst().orElseThrow().sentAt();
        Delivery timeout = call.stream().filter(d -> d.message() instanceof SipResponse r && r.status() == 408)
                .findFirst().orElseThrow();
        assertEquals(32.0, timeout.sentAt() - sent, 1e-9);
    }
}
