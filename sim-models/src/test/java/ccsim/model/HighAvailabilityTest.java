package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.core.network.Delivery;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.CallTrace;
import ccsim.core.trace.Trace;
import ccsim.model.config.BackupConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.ResourceManagerConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SipServerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * guide ch.1 "High Availability", with constant 1 ms latency and SIP Server processing at once, so that
 * who is lost can be counted by hand from when each call's INVITE reaches the node that fails.
 */
class HighAvailabilityTest {
    private static final double DOWN_AT = 20 * 60 + 0.5;
    private static final double L = 0.001;

    private static Scenario standAlone(int[] ports) {
        return StandAloneFixture.scenario(ports, 1200, new Distribution.Exponential(60), new Distribution.Constant(L),
                Duration.ofMinutes(40), Duration.ZERO, 1);
    }

    private static FaultConfig once(String node, double downFor) {
        return new FaultConfig(node, null, Duration.ofMillis((long) (DOWN_AT * 1000)), null,
                new Distribution.Constant(downFor));
    }

    /**
     * SIP Server is cut off for 60 s. The gateway sends a call's INVITE again 0.5, 1.5, ..., 31.5 s after
     * the original and gives up at 32 s (Timer B), so a call fails exactly when its INVITE reaches SIP
     * Server in the outage's first 28.5 s. Calls in self-service lose nothing: an IPCS whose BYE finds
     * nobody leaves a dead line to a caller whose application is over, who hangs up, served.
     */
    @Test
    void sipServerCutOffLosesExactlyTheCallsWhoseInviteCopiesAllFellInTheOutage() {
        Scenario s = standAlone(new int[] {200}).withFaults(List.of(once(FaultConfig.SIP_SERVER, 60)));
        CallTrace trace = new CallTrace(5000);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        ReplicationResult r = cc.run(0);
        Conservation.assertNothingLost(cc, 500);

        long expected = 0;
        long delayed = 0;
        for (long call : trace.calls()) {
            double reachesSipServer = trace.of(call).get(0).sentAt() + L;
            if (reachesSipServer >= DOWN_AT && reachesSipServer < DOWN_AT + 28.5) {
                expected++;
            } else if (reachesSipServer >= DOWN_AT + 28.5 && reachesSipServer < DOWN_AT + 60) {
                delayed++;
            }
        }
        assertTrue(expected > 3 && delayed > 3, "the outage should catch calls both ways: " + expected + ", " + delayed);
        assertEquals(expected, r.value("calls failed"));
        assertEquals(expected, r.value("calls failed in setup"));
        assertEquals(0, r.value("calls failed in self-service"));
        assertEquals(expected, r.value("calls lost to faults[0] outages"));
        assertEquals(1, r.value("outages of faults[0]"));
        // the first caller placed after the fault is answered once a copy of its INVITE gets through
        double recovery = r.value("time to recover from faults[0] outages");
        assertTrue(recovery >= 60 && recovery < 64, "recovery " + recovery);
    }

    /**
     * An IPCS of two fails for 10 minutes; the RM asks each IPCS every 5 s whether it is alive. Every
     * caller in self-service on it hears silence and hangs up: each is lost in self-service. The RM
     * stops naming it once an OPTIONS goes unanswered for Timer F (the probe at 1205 s, so from 1237 s),
     * and names it again once it answers (the probe of 1800 s, whose copy reaches it just after its
     * restart at 1800.5 s).
     */
    @Test
    void anIpcsFailureLosesTheCallsOnItAndTheRmStopsNamingItOnceItKnows() {
        Scenario base = standAlone(new int[] {40, 40});
        ResourceManagerConfig rm = base.resourceManager();
        Scenario s = base.withResourceManager(new ResourceManagerConfig(rm.address(), rm.policy(), rm.processing(),
                rm.whenNoCapableIpcs(), null, Duration.ofSeconds(5))).withFaults(List.of(once("ipcs[0]", 600)));
        CallTrace trace = new CallTrace(5000);
        ContactCenter cc = ContactCenter.build(s, 0, new Progress(), trace);
        long[] inSelfService = new long[1];
        cc.engine().schedule(DOWN_AT - 1e-6, () -> inSelfService[0] = cc.ipcs().get(0).selfServicePorts().busy());
        ReplicationResult r = cc.run(0);
        Conservation.assertNothingLost(cc, 500);

        assertTrue(inSelfService[0] > 5, "the failure should catch calls on the IPCS: " + inSelfService[0]);
        assertEquals(inSelfService[0], r.value("calls failed in self-service"));
        Address failed = cc.ipcs().get(0).address();
        List<Double> invitesToFailed = new ArrayList<>();
        for (Delivery d : trace.deliveries()) {
            if (d.to().equals(failed) && d.message() instanceof SipRequest q && q.method() == SipMethod.INVITE
                    && !q.retransmission()) {
                invitesToFailed.add(d.sentAt());
            }
        }
        assertTrue(invitesToFailed.stream().anyMatch(t -> t > DOWN_AT && t < DOWN_AT + 36.5),
                "before the RM knows, calls are still sent to the failed IPCS");
        assertTrue(invitesToFailed.stream().noneMatch(t -> t > DOWN_AT + 36.5 + 0.01 && t < DOWN_AT + 600),
                "once the RM knows, no call is sent there until it is back");
        assertTrue(invitesToFailed.stream().anyMatch(t -> t > DOWN_AT + 600 && t < DOWN_AT + 605),
                "the restarted IPCS takes calls again once it answers the RM");
        // calls placed once the RM knew all got through; some placed before it knew failed in setup
        long failedLater = trace.calls().stream().filter(call -> {
            List<Delivery> ds = trace.of(call);
            return ds.get(0).sentAt() > DOWN_AT + 36.5 + 0.01 && ds.stream().anyMatch(d -> d.message()
                    instanceof SipResponse q && q.status() == SipStatus.REQUEST_TIMEOUT);
        }).count();
        assertEquals(0, failedLater);
        assertTrue(r.value("calls failed in setup") > 0, "calls sent to the IPCS before the RM knew time out");
        assertEquals(r.value("calls failed"), r.value("calls lost to faults[0] outages"));
    }

    /** SIP Server and the RM with backups (5 s failovers); the RM where the scenario says. */
    private static Scenario withBackups(String rmAddress) {
        Scenario base = standAlone(new int[] {200});
        List<DnConfig> dns = base.sipServer().dns().stream().map(dn -> dn.name().equals("Resource Manager")
                ? new DnConfig(dn.name(), dn.type(), Map.of("contact", "sip:" + rmAddress, "prefix", "28",
                        "straight-forward", "true")) : dn).toList();
        SipServerConfig ss = base.sipServer();
        ResourceManagerConfig rm = base.resourceManager();
        BackupConfig fiveSeconds = new BackupConfig(new Distribution.Constant(5));
        return base.withSipServer(new SipServerConfig(ss.address(), ss.options(), dns, ss.processing(),
                        ss.redirectRetries(), ss.overload(), fiveSeconds))
                .withResourceManager(new ResourceManagerConfig(rmAddress, rm.policy(), rm.processing(),
                        rm.whenNoCapableIpcs(), fiveSeconds, null))
                .withFaults(List.of(new FaultConfig(null, "172.21.11.10", Duration.ofMillis((long) (DOWN_AT * 1000)),
                        null, new Distribution.Constant(600))));
    }

    /**
     * The seed requires SIP Server and the RM on separate hosts for HA. On separate hosts, the SIP Server
     * host's 10-minute repair is bridged by its backup within 5 s, which retransmissions cover: nothing
     * is lost. With both on one host, neither backup can take over: the host's fault takes both down for
     * the whole repair, and every call reaching it in all but the last 28.5 s fails.
     */
    @Test
    void oneHostLosesBothServersOnOneFaultWhereSeparateHostsFailOver() {
        ContactCenter separate = ContactCenter.build(withBackups("techpubs4:5090"), 0, new Progress(), Trace.OFF);
        ReplicationResult apart = separate.run(0);
        Conservation.assertNothingLost(separate, 500);
        assertEquals(0, apart.value("calls failed"));
        assertEquals(1, apart.value("outages of faults[0]"));

        ContactCenter shared = ContactCenter.build(withBackups("172.21.11.10:5090"), 0, new Progress(), Trace.OFF);
        boolean[] bothDown = new boolean[2];
        shared.engine().schedule(DOWN_AT + 300, () -> bothDown[0] = shared.sipServer().endpoint().down()
                && shared.resourceManager().endpoint().down());
        shared.engine().schedule(DOWN_AT + 600.01, () -> bothDown[1] = shared.sipServer().endpoint().down()
                || shared.resourceManager().endpoint().down());
        ReplicationResult together = shared.run(0);
        Conservation.assertNothingLost(shared, 500);
        assertTrue(bothDown[0], "halfway through the repair both servers are still down");
        assertTrue(!bothDown[1], "both are back after the repair");
        // about 1200 calls an hour reach the host in the 571.5 s that no copy can bridge
        double lost = together.value("calls lost to faults[0] outages");
        assertTrue(lost > 130 && lost < 260, "lost " + lost);
        assertEquals(lost, together.value("calls failed"));
    }

    /**
     * Variants see the same outages: each fault draws its repair, failovers and next strike from a stream
     * of its own, the same count every strike, so whether another fault's node fails over or waits for
     * its repair changes nothing of this one's.
     */
    @Test
    void aFaultsRepairTimesDoNotDependOnHowAnotherFaultEnds() {
        Distribution repair = new Distribution.Lognormal(300, 200);
        List<FaultConfig> faults = List.of(
                new FaultConfig(null, "172.21.11.10", Duration.ofMinutes(10), null, repair),
                new FaultConfig("ipcs[0]", null, Duration.ofMinutes(20), new Distribution.Exponential(300), repair));
        double[] downSeparate = new double[3];
        double[] downShared = new double[3];
        for (int rep = 0; rep < 3; rep++) {
            downSeparate[rep] = ContactCenter.replicate(withBackups("techpubs4:5090").withFaults(faults), rep,
                    new Progress()).value("time down in faults[1] outages");
            downShared[rep] = ContactCenter.replicate(withBackups("172.21.11.10:5090").withFaults(faults), rep,
                    new Progress()).value("time down in faults[1] outages");
        }
        assertTrue(downSeparate[0] != downSeparate[1], "the repairs are random");
        assertArrayEquals(downSeparate, downShared);
    }
}
