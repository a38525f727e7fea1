package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.BackupConfig;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.GvpMode;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Queuing;
import ccsim.model.config.ResourceManagerConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import ccsim.model.config.TransferMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fault that strikes again and again, a few minutes apart at random moments, hits calls between
 * phases as well as in them: an INVITE answered with 100 Trying whose final response dies with the
 * host, a 302 on its way, a REFER, a transfer half done. Whatever the moment, every call ends in
 * exactly one outcome and nothing is left busy, for every kind of fault and both queuing choices; with
 * the Resource Manager on SIP Server's host too (neither backup can take over: the guide's ch.1 "High
 * Availability" warns against it), where a caller's final response was lost with the host and the
 * caller used to wait for ever (issue: a call without an outcome in ha-failover's one-host variant).
 */
class FaultAtEveryMomentConservationTest {

    @ParameterizedTest(name = "{0} down {1} s, {2} {4}, RM on SIP Server's host: {3}")
    @CsvSource({
            "sip-server, 3, STREAM_MANAGER, false, REFER",
            "sip-server, 300, STREAM_MANAGER, false, REFER",
            "sip-server, 300, GVP, false, REFER",
            "resource-manager, 3, GVP, false, REFER",
            "resource-manager, 300, STREAM_MANAGER, false, REFER",
            "stream-manager, 3, STREAM_MANAGER, false, REFER",
            "stream-manager, 300, STREAM_MANAGER, false, REFER",
            "ipcs[0], 3, GVP, false, REFER",
            "ipcs[0], 300, STREAM_MANAGER, false, REFER",
            "ipcs[0], 300, GVP, false, REFER",
            "host 172.21.11.10, 3, STREAM_MANAGER, true, REFER",
            "host 172.21.11.10, 300, STREAM_MANAGER, true, REFER",
            "host 172.21.11.10, 300, GVP, true, REFER",
            "host 172.21.11.10, 300, STREAM_MANAGER, false, REFER",
            "host 172.21.11.10, 300, STREAM_MANAGER, true, BRIDGED",
            "ipcs[0], 300, STREAM_MANAGER, false, BRIDGED",
            "sip-server, 300, STREAM_MANAGER, false, IVR_SERVER",
    })
    void everyCallEndsOnceWhereverTheFaultStrikes(String target, int downFor, Queuing queuing, boolean oneHost,
                                                   TransferMethod transfer) {
        Scenario base = BehindFixture.scenario(queuing, transfer, GvpMode.IN_FRONT, 6, 6, 260, 0.8,
                new Distribution.Lognormal(45, 30), new Distribution.Lognormal(150, 100),
                new Distribution.Exponential(90), new Distribution.Lognormal(0.004, 0.003), Duration.ofHours(4),
                Duration.ofMinutes(20), 1);
        Distribution failover = new Distribution.Uniform(5, 15);
        SipServerConfig sip = base.sipServer();
        ResourceManagerConfig rm = base.resourceManager();
        // an IPCS that takes 0.3-0.8 s to answer, as the samples' do: the window between 100 Trying and the
        // final response is as wide as it is in a real deployment
        List<IpcsConfig> ipcs = base.ipcs().stream().map(i -> new IpcsConfig(i.address(), i.ports(),
                i.channelIdStart(), new Distribution.Uniform(0.3, 0.8), i.portOptions(), i.capabilities())).toList();
        Scenario s = base.withIpcs(ipcs)
                .withSipServer(new SipServerConfig(sip.address(), sip.options(), sip.dns(), sip.processing(),
                        sip.redirectRetries(), sip.overload(), new BackupConfig(failover)))
                .withResourceManager(new ResourceManagerConfig(oneHost ? "172.21.11.10:5090" : rm.address(),
                        rm.policy(), rm.processing(), rm.whenNoCapableIpcs(), new BackupConfig(failover),
                        Duration.ofSeconds(10)));
        // strikes about every 7 minutes after each repair, at moments no call is aligned with
        Distribution every = new Distribution.Exponential(420);
        Distribution repair = new Distribution.Constant(downFor);
        FaultConfig fault = target.startsWith("host ")
                ? new FaultConfig(null, target.substring(5), null, every, repair)
                : new FaultConfig(target, null, null, every, repair);
        for (int replication = 0; replication < 4; replication++) {
            ContactCenter cc = ContactCenter.build(s.withFaults(List.of(fault)), replication, new Progress(), Trace.OFF);
            ReplicationResult r = cc.run(replication);
            Conservation.assertNothingLost(cc, 600);
            assertTrue(r.value("outages of faults[0]") >= 10, "the fault should strike often: "
                    + r.value("outages of faults[0]"));
        }
    }
}
