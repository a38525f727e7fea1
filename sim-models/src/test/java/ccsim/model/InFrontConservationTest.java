package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.trace.Trace;
import ccsim.model.config.Scenario;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In-Front centers under pressure: few GVP ports, too few agents, impatient callers, random latency.
 * Every call ends in exactly one outcome and nothing is left busy, for each way to reach an agent: no
 * GVP port, Voice Treatment Port, Access Resource, RM reservation, Stream Manager port or agent.
 */
class InFrontConservationTest {

    @ParameterizedTest(name = "{0}, replication {1}")
    @CsvSource({
            "IVR_SERVER_ROUTE, 0",
            "IVR_SERVER_ROUTE, 1",
            "REFER_TO_SIP_SERVER, 0",
            "REFER_TO_SIP_SERVER, 1",
            "BRIDGED, 0",
    })
    void everyCallEndsOnceAndNothingStaysBusy(InFrontFixture.Delivery delivery, int replication) {
        Scenario s = InFrontFixture.scenario(delivery, InFrontFixture.seedOptions(), 6, 4, 240, 0.7,
                new Distribution.Lognormal(45, 30), new Distribution.Lognormal(150, 100),
                new Distribution.Exponential(60), new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3),
                Duration.ofMinutes(20), 1);
        ContactCenter cc = ContactCenter.build(s, replication, new Progress(), Trace.OFF);
        cc.run(replication);

        Conservation.assertNothingLost(cc, 600);
        Conservation.assertPressureShows(cc.gateway().ledger());
        assertEquals(0, cc.ivrServerInFront().unmatched(), "every call GVP reported was matched");
        assertEquals(0, cc.sipServer().isccMatchFailures(), "every call on the External Routing Point was matched");
        assertTrue(cc.ivrServerInFront().busyPorts().isEmpty(), "Voice Treatment Ports left busy: "
                + cc.ivrServerInFront().busyPorts());
        assertEquals(0, cc.ivrServerInFront().accessResourcesLent(), "Access Resources still lent");
    }
}
