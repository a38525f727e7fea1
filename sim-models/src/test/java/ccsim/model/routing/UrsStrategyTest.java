package ccsim.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.core.engine.Engine;
import ccsim.core.message.CtiMessage;
import ccsim.core.network.Address;
import ccsim.core.network.Network;
import ccsim.core.random.Distribution;
import ccsim.core.random.RandomStreams;
import ccsim.core.trace.Trace;
import ccsim.model.cti.Cti;
import ccsim.model.cti.CtiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** URS's agent selection against a scripted SIP Server and Stat Server. */
class UrsStrategyTest {
    private static final Address SIP_SERVER = new Address("172.21.11.10", 3000);
    private static final Address STAT_SERVER = new Address("172.21.11.41", 7010);

    /** Records what URS asks for, as "ConnID:request:target". */
    static final class Recorder extends CtiClient {
        final List<String> requests = new ArrayList<>();

        Recorder(Address address) {
            super(address, "scripted " + address);
        }

        void tell(Address to, CtiMessage m) {
            send(to, m);
        }

        @Override
        protected void onCti(CtiMessage m, Address from) {
            if (m.name().equals(Cti.REQUEST_ROUTE_CALL)) {
                requests.add(m.connId() + ":route:" + m.attributes().get(Cti.OTHER_DN));
            } else if (m.name().equals(Cti.REQUEST_APPLY_TREATMENT)) {
                requests.add(m.connId() + ":treatment:" + m.attributes().get(Cti.TREATMENT_TYPE));
            }
        }
    }

    @Test
    void longestIdleReadyAgentFirstAndCallersFirstComeFirstServed() {
        Engine e = new Engine();
        Network n = new Network(e, new Distribution.Constant(0.001), new RandomStreams(1, 0).stream("l"), Trace.OFF);
        Recorder sipServer = new Recorder(SIP_SERVER);
        Recorder statServer = new Recorder(STAT_SERVER);
        sipServer.bind(n.attach(sipServer));
        statServer.bind(n.attach(statServer));
        Address ursAddress = new Address("172.21.11.40", 7000);
        Urs urs = new Urs(e, ursAddress, SIP_SERVER, STAT_SERVER, new Urs.Strategy(Set.of("5000"), Set.of("5100"),
                null, Map.of(), Map.of("sales", List.of("7001", "7002", "7003")), Map.of("5000", "sales")));
        urs.bind(n.attach(urs));
        urs.start();
        // agents become ready in the order 7002, 7003, 7001
        String[] readyOrder = {"7002", "7003", "7001"};
        for (int i = 0; i < readyOrder.length; i++) {
            String dn = readyOrder[i];
            e.schedule(1 + i, () -> statServer.tell(ursAddress, Cti.message(Cti.EVENT_INFO,
                    Map.of(Cti.THIS_DN, dn, Cti.STATE, Cti.STATE_READY))));
        }
        // five callers at the agent Routing Point, one a second from t = 10
        for (int k = 1; k <= 5; k++) {
            long call = k;
            e.schedule(9 + k, () -> sipServer.tell(ursAddress, Cti.message(Cti.EVENT_ROUTE_REQUEST, call, call,
                    Map.of(Cti.THIS_DN, "5100", Cti.DNIS, "5000"))));
        }
        // caller 5 hangs up while waiting; then 7003 becomes ready again, then 7002
        e.schedule(16, () -> sipServer.tell(ursAddress, Cti.message(Cti.EVENT_ABANDONED, 5, 5,
                Map.of(Cti.THIS_DN, "5100"))));
        e.schedule(20, () -> statServer.tell(ursAddress, Cti.message(Cti.EVENT_INFO,
                Map.of(Cti.THIS_DN, "7003", Cti.STATE, Cti.STATE_READY))));
        e.schedule(21, () -> statServer.tell(ursAddress, Cti.message(Cti.EVENT_INFO,
                Map.of(Cti.THIS_DN, "7002", Cti.STATE, Cti.STATE_READY))));
        e.runUntilEmpty();

        assertEquals(List.of(
                "1:route:7002", "2:route:7003", "3:route:7001",        // longest idle first
                "4:treatment:Music", "5:treatment:Music",               // none ready: music while waiting
                "4:route:7003"), sipServer.requests);                  // first come first served; 5 gave up
        assertEquals(0, urs.queued());
        // 7002 became ready with nobody waiting: it is kept for the next caller
        e.schedule(1, () -> sipServer.tell(ursAddress, Cti.message(Cti.EVENT_ROUTE_REQUEST, 6, 6,
                Map.of(Cti.THIS_DN, "5100", Cti.DNIS, "5000"))));
        e.runUntilEmpty();
        assertEquals("6:route:7002", sipServer.requests.get(sipServer.requests.size() - 1));
    }
}
