package ccsim.model;


import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.trace.Trace;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
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

        Conservation.assertNothingLost(cc, 600);
        Conservation.assertPressureShows(cc.gateway().ledger());
    }
}
