package ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Voice Treatment Port DNs need not number the IPCS's Max Channels: IVR Server and the strategy see only
 * the DNs there are, so fewer DNs admit fewer calls; more DNs than channels send calls to a full IPCS,
 * which refuses them (486). Both used to be impossible to express: the DNs were always Max Channels.
 */
class VoiceTreatmentPortCountTest {

    private static ReplicationResult run(int channels, int portDns) {
        Scenario base = BehindFixture.scenario(10, 1, 700, 0, new Distribution.Exponential(60),
                new Distribution.Constant(60), null, new Distribution.Constant(0.002), Duration.ofHours(2),
                Duration.ofMinutes(10), 1);
        IpcsConfig c = base.ipcs().get(0);
        Scenario s = base.withIpcs(List.of(new IpcsConfig(c.address(), channels, c.channelIdStart(), c.answerDelay(),
                c.portOptions(), c.capabilities(), c.applications(), portDns)));
        return ContactCenter.replicate(s, 0, new Progress());
    }

    @Test
    void fewerPortDnsThanChannelsAdmitFewerCalls() {
        ReplicationResult r = run(10, 6);
        assertEquals(6, r.value("IPCS 172.21.11.15 peak busy ports"), "no more calls than DNs at once");
        assertEquals(0, r.value("IPCS refusals (every port busy)"));
        assertTrue(r.value("blocking probability at entry") > run(10, 10).value("blocking probability at entry"));
    }

    @Test
    void morePortDnsThanChannelsFindTheIpcsFull() {
        ReplicationResult r = run(6, 10);
        assertEquals(6, r.value("IPCS 172.21.11.15 peak busy ports"), "Max Channels holds");
        assertTrue(r.value("IPCS refusals (every port busy)") > 0, "calls routed to a port beyond the channels");
        assertTrue(r.value("calls blocked: 486 Busy Here") > 0);
    }
}
