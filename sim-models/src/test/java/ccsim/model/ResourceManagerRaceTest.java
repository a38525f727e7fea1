package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.Trace;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.IvrServerConfig;
import ccsim.model.config.ResourceManagerConfig;
import ccsim.model.config.Scenario;
import ccsim.model.config.SelectionPolicy;
import ccsim.model.config.SipServerConfig;
import ccsim.model.config.VirtualSwitchConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The Resource Manager knows port states only from SIP Server's NOTIFYs (Table 10, Appendix B
 * subscription-id), which travel the network: a port it names may have been taken meanwhile. Under load
 * on a nearly full pool such races happen with latency, the IPCS refuses (486) and SIP Server asks the
 * RM again (or, Behind, URS finds the named Place Group full); at zero latency there are none. Every
 * call still ends in one outcome and nothing stays busy.
 */
class ResourceManagerRaceTest {
    private static final String RACES = "Resource Manager state races (port taken before its NOTIFY)";

    /** Busy pools, short calls, so that calls often arrive within a latency of each other near a full pool. */
    private static double races(Function<Distribution, Scenario> scenario, Distribution latency) {
        ContactCenter cc = ContactCenter.build(scenario.apply(latency), 0, new Progress(), Trace.OFF);
        ReplicationResult r = cc.run(0);
        Conservation.assertNothingLost(cc, 2000);
        return r.value(RACES);
    }

    private static Scenario standAlone(Distribution latency) {
        return StandAloneFixture.scenario(new int[] {4, 4}, 1800, new Distribution.Exponential(15), latency,
                Duration.ofHours(3), Duration.ZERO, 1);
    }

    /**
     * Two IPCS of 3 ports and two Access Resources: URS counts the Place Group's 6 ports as one pool, the
     * RM chooses the IPCS, and two calls can be in transit at once. URS never routes more calls than
     * there are free ports in all, so a race needs the RM to prefer the IPCS it has not yet heard is
     * full over the other: least-busy does, on a tie.
     */
    private static Scenario inFront(Distribution latency) {
        Scenario s = InFrontFixture.scenario(InFrontFixture.Delivery.IVR_SERVER_ROUTE, InFrontFixture.seedOptions(), 3,
                1, 1300, 0, new Distribution.Exponential(15), new Distribution.Constant(60), null, latency,
                Duration.ofHours(3), Duration.ZERO, 1);
        List<DnConfig> dns = new ArrayList<>(s.sipServer().dns());
        DnConfig trunkGroup = dns.stream().filter(d -> d.name().equals("4618")).findFirst().orElseThrow();
        dns.add(new DnConfig("4619", DnType.TRUNK_GROUP, trunkGroup.options()));
        VirtualSwitchConfig vs = s.ivrServer().virtualSwitch();
        return new Scenario(s.name(), s.description(), s.mode(), s.run(), s.network(), s.gateway(),
                new SipServerConfig(null, s.sipServer().options(), dns, null),
                new ResourceManagerConfig(InFrontFixture.RM, SelectionPolicy.LEAST_BUSY, null),
                List.of(new IpcsConfig("172.21.11.15:5060", 3, "01", null), new IpcsConfig("172.21.11.16:5060", 3, "04",
                        null)), s.routing(), new IvrServerConfig(null, null, "GVP", new VirtualSwitchConfig(vs.name(),
                        vs.accessCode(), List.of("4618", "4619"), vs.dnisTail(), vs.externalRoutingPoint(),
                        vs.routingPoints())), s.streamManager(), s.agentGroups(), s.callTypes(), s.targets());
    }

    private static Scenario behind(Distribution latency) {
        return BehindFixture.scenario(4, 2, 1800, 0, new Distribution.Exponential(15), new Distribution.Constant(60),
                null, latency, Duration.ofHours(3), Duration.ZERO, 1);
    }

    @Test
    void standAloneRacesWithLatencyAndNoneWithout() {
        assertTrue(races(ResourceManagerRaceTest::standAlone, new Distribution.Constant(0.02)) > 0);
        assertEquals(0, races(ResourceManagerRaceTest::standAlone, new Distribution.Constant(0)));
    }

    @Test
    void inFrontRacesWithLatencyAndNoneWithout() {
        assertTrue(races(ResourceManagerRaceTest::inFront, new Distribution.Constant(0.02)) > 0);
        assertEquals(0, races(ResourceManagerRaceTest::inFront, new Distribution.Constant(0)));
    }

    @Test
    void behindRacesWithLatencyAndNoneWithout() {
        assertTrue(races(ResourceManagerRaceTest::behind, new Distribution.Constant(0.02)) > 0);
        assertEquals(0, races(ResourceManagerRaceTest::behind, new Distribution.Constant(0)));
    }
}
