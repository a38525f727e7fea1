package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller lost to a configuration error is failed, with its cause counted, never blocked. With
 * sip-refer-to-sst-enabled false and refer-enabled false on the gateway's Trunk DN, SIP Server refuses
 * GVP's REFER with 403 (Appendix B): every caller asking for an agent used to count as blocked (blocking
 * probability 0.77 with no blocking at entry).
 */
class OutcomeReasonTest {

    @Test
    void aTransferRefusedWith403IsAFailureWithItsCauseNotABlock() {
        Scenario base = BehindFixture.withGatewayReferEnabled(BehindFixture.scenario(20, 10, 200, 0.75,
                new Distribution.Lognormal(60, 40), new Distribution.Lognormal(150, 100), null,
                new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(2), Duration.ofMinutes(15), 1), false);
        SipServerConfig sip = base.sipServer();
        Map<String, String> options = new HashMap<>(sip.options());
        options.put("sip-refer-to-sst-enabled", "false");
        Scenario s = base.withSipServer(new SipServerConfig(sip.address(), options, sip.dns(), sip.processing()));
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
        ReplicationResult r = cc.run(0);
        Conservation.assertNothingLost(cc, 300);
        assertTrue(r.value("calls asking for an agent") > 200);
        assertEquals(0, r.value("calls blocked"), "no call is blocked");
        assertEquals(0, r.value("blocking probability"));
        assertEquals(r.value("calls asking for an agent"), r.value("calls failed"), "every caller asking for an agent fails");
        assertEquals(r.value("calls failed"), r.value(OutcomeReason.TRANSFER_REFUSED.measure()), "for its cause");
    }
}
