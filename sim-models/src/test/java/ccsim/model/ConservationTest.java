package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.network.ProcessingCapacity;
import ccsim.core.random.Distribution;
import ccsim.core.trace.Trace;
import ccsim.model.caller.CallLedger;
import ccsim.model.config.DnConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every offered call ends in exactly one outcome, and nothing stays busy after the last call. */
class ConservationTest {

    private static Scenario overloaded() {
        return StandAloneFixture.scenario(new int[] {6, 4}, 400, new Distribution.Lognormal(120, 90),
                new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3), Duration.ofMinutes(30), 1);
    }

    private static void assertConserved(ContactCenter cc) {
        Conservation.assertNothingLost(cc, 500);
    }

    @Test
    void overloadedPoolBlocksSomeCallsAndLosesNone() {
        ContactCenter cc = ContactCenter.build(overloaded(), 0, new Progress(), Trace.OFF);
        cc.run(0);
        assertConserved(cc);
        CallLedger ledger = cc.gateway().ledger();
        assertTrue(ledger.count(CallOutcome.BLOCKED) > 0, "the load was chosen to block calls");
        assertTrue(ledger.count(CallOutcome.SERVED_BY_IVR) > 0);
        assertEquals(0, ledger.count(CallOutcome.FAILED));
    }

    @Test
    void slowSipServerDelaysButLosesNothing() {
        Scenario s = overloaded();
        Scenario withCapacity = s.withSipServer(new SipServerConfig(s.sipServer().address(), s.sipServer().options(),
                s.sipServer().dns(), new ProcessingCapacity(1, new Distribution.Exponential(0.02))));
        ContactCenter cc = ContactCenter.build(withCapacity, 0, new Progress(), Trace.OFF);
        cc.run(0);
        assertConserved(cc);
    }

    /** Every Trunk DN with straight-forward false; IPCS Trunk DNs get {@code ipcsContact} if not null. */
    private static Scenario withoutStraightForward(String ipcsContact) {
        Scenario s = overloaded();
        List<DnConfig> dns = new ArrayList<>();
        for (DnConfig dn : s.sipServer().dns()) {
            Map<String, String> options = new HashMap<>(dn.options());
            options.put("straight-forward", "false");
            if (ipcsContact != null && !dn.name().equals("Resource Manager")) {
                options.put("contact", ipcsContact);
            }
            dns.add(new DnConfig(dn.name(), dn.type(), options));
        }
        return s.withSipServer(new SipServerConfig(null, s.sipServer().options(), dns, null));
    }

    /**
     * With straight-forward false, SIP Server resolves the 302 through the IPCS Trunk DN's contact
     * (guide Table 10 Tip). A dummy contact there sends every INVITE nowhere: Timer B fails the calls.
     */
    @Test
    void dummyIpcsContactWithoutStraightForwardFailsEveryCall() {
        ContactCenter cc = ContactCenter.build(withoutStraightForward("sip:dummy:5060"), 0, new Progress(), Trace.OFF);
        cc.run(0);
        assertConserved(cc);
        CallLedger ledger = cc.gateway().ledger();
        assertEquals(0, ledger.count(CallOutcome.SERVED_BY_IVR));
        assertTrue(ledger.count(CallOutcome.FAILED) > 0);
    }

    /** The same scenario with correct IPCS Trunk DN contacts works without straight-forward. */
    @Test
    void correctIpcsContactWithoutStraightForwardServesCalls() {
        ContactCenter cc = ContactCenter.build(withoutStraightForward(null), 0, new Progress(), Trace.OFF);
        cc.run(0);
        assertConserved(cc);
        assertEquals(0, cc.gateway().ledger().count(CallOutcome.FAILED));
        assertTrue(cc.gateway().ledger().count(CallOutcome.SERVED_BY_IVR) > 0);
    }
}
