package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Queuing;
import ccsim.model.config.ResourceManagerConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of fault strikes a loaded Behind center twice, each in the middle of calls in every phase
 * (setup, self-service, queued, talking): every call still ends in exactly one outcome and nothing is
 * left busy, for each queuing choice and transfer method.
 */
class FaultConservationTest {

    @ParameterizedTest(name = "{0} down {1} s, {2}, {3}")
    @CsvSource({
            "sip-server, 20, STREAM_MANAGER, REFER",
            "sip-server, 90, STREAM_MANAGER, REFER",
            "sip-server, 90, GVP, REFER",
            "sip-server, 90, STREAM_MANAGER, BRIDGED",
            "sip-server, 600, STREAM_MANAGER, IVR_SERVER",
            "resource-manager, 90, STREAM_MANAGER, REFER",
            "stream-manager, 90, STREAM_MANAGER, REFER",
            "ipcs[0], 90, STREAM_MANAGER, REFER",
            "ipcs[0], 90, GVP, REFER",
            "ipcs[1], 600, STREAM_MANAGER, BRIDGED",
            "host 172.21.11.10, 90, STREAM_MANAGER, REFER",
    })
    void everyCallEndsOnceAndNothingStaysBusy(String target, int downFor, Queuing queuing, TransferMethod transfer) {
        Scenario base = BehindFixture.scenario(queuing, transfer, GvpMode.IN_FRONT, 6, 6, 260, 0.8,
                new Distribution.Lognormal(45, 30), new Distribution.Lognormal(150, 100),
                new Distribution.Exponential(90), new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(3),
                Duration.ofMinutes(20), 1);
        ResourceManagerConfig rm = base.resourceManager();
        Distribution repair = new Distribution.Constant(downFor);
        FaultConfig fault = target.startsWith("host ")
                ? new FaultConfig(null, target.substring(5), Duration.ofMinutes(40), new Distribution.Constant(7200), repair)
                : new FaultConfig(target, null, Duration.ofMinutes(40), new Distribution.Constant(7200), repair);
        Scenario s = base.withResourceManager(new ResourceManagerConfig(rm.address(), rm.policy(), rm.processing(),
                rm.whenNoCapableIpcs(), null, Duration.ofSeconds(5))).withFaults(List.of(fault));
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), Trace.OFF);
        ReplicationResult r = cc.run(0);

        Conservation.assertNothingLost(cc, 600);
        assertTrue(r.value("outages of faults[0]") == 2, "the fault strikes at 40 min and again two hours after its repair");
        assertTrue(r.value("messages lost to nodes down") > 0, "the outage should catch messages");
    }
}
