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
import ccsim.model.config.PortSelection;
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

    /** URS with the given strategy, started, between a scripted SIP Server and Stat Server. */
    private static final class Bench {
        final Engine engine = new Engine();
        final Recorder sipServer = new Recorder(SIP_SERVER);
        final Recorder statServer = new Recorder(STAT_SERVER);
        final Address ursAddress = new Address("172.21.11.40", 7000);
        final Urs urs;

        Bench(Urs.Strategy strategy) {
            Network n = new Network(engine, new Distribution.Constant(0.001), new RandomStreams(1, 0).stream("l"),
                    Trace.OFF);
            sipServer.bind(n.attach(sipServer));
            statServer.bind(n.attach(statServer));
            urs = new Urs(engine, ursAddress, SIP_SERVER, STAT_SERVER, strategy, new RandomStreams(1, 0).stream("p"));
            urs.bind(n.attach(urs));
            urs.start();
        }

        /** Stat Server tells URS at {@code at} that agent {@code dn} is ready. */
        void ready(double at, String dn) {
            engine.schedule(at, () -> statServer.tell(ursAddress, Cti.message(Cti.EVENT_INFO,
                    Map.of(Cti.THIS_DN, dn, Cti.STATE, Cti.STATE_READY))));
        }

        /** SIP Server asks URS at {@code at} to route call {@code call}, dialed to {@code dialed}, from 5100. */
        void routeRequest(double at, long call, String dialed) {
            engine.schedule(at, () -> sipServer.tell(ursAddress, Cti.message(Cti.EVENT_ROUTE_REQUEST, call, call,
                    Map.of(Cti.THIS_DN, "5100", Cti.DNIS, dialed))));
        }
    }

    @Test
    void longestIdleReadyAgentFirstAndCallersFirstComeFirstServed() {
        Bench b = new Bench(new Urs.Strategy(Set.of("5000"), Set.of("5100"), null, Map.of(),
                Map.of("sales", List.of("7001", "7002", "7003")), Map.of("5000", List.of("sales")), PortSelection.FIRST_FREE));
        // agents become ready in the order 7002, 7003, 7001
        String[] readyOrder = {"7002", "7003", "7001"};
        for (int i = 0; i < readyOrder.length; i++) {
            String dn = readyOrder[i];
            b.ready(1 + i, dn);
        }
        // five callers at the agent Routing Point, one a second from t = 10
        for (int k = 1; k <= 5; k++) {
            long call = k;
            b.routeRequest(9 + k, call, "5000");
        }
        // caller 5 hangs up while waiting; then 7003 becomes ready again, then 7002
        b.engine.schedule(16, () -> b.sipServer.tell(b.ursAddress, Cti.message(Cti.EVENT_ABANDONED, 5, 5,
                Map.of(Cti.THIS_DN, "5100"))));
        b.ready(20, "7003");
        b.ready(21, "7002");
        b.engine.runUntilEmpty();

        assertEquals(List.of(
                "1:route:7002", "2:route:7003", "3:route:7001",        // longest idle first
                "4:treatment:Music", "5:treatment:Music",               // none ready: music while waiting
                "4:route:7003"), b.sipServer.requests);                  // first come first served; 5 gave up
        assertEquals(0, b.urs.queued());
        // 7002 became ready with nobody waiting: it is kept for the next caller
        b.routeRequest(1, 6, "5000");
        b.engine.runUntilEmpty();
        assertEquals("6:route:7002", b.sipServer.requests.get(b.sipServer.requests.size() - 1));
    }

    @Test
    void overflowOrderPicksTheGroupAndAReadyAgentTakesTheLongestWaitingCallItServes() {
        // billing (5000) tries its own group, then overflows to the generalists; sales (5001) only generalists
        Bench b = new Bench(new Urs.Strategy(Set.of(), Set.of("5100"), null, Map.of(),
                Map.of("billing", List.of("7001"), "general", List.of("7101", "7102")),
                Map.of("5000", List.of("billing", "general"), "5001", List.of("general")), PortSelection.FIRST_FREE));
        b.ready(1, "7101");
        b.ready(2, "7001");
        String[][] callers = {{"5000", "10"}, {"5000", "11"}, {"5001", "12"}, {"5000", "13"}};
        for (int k = 0; k < callers.length; k++) {
            long call = k + 1;
            String dialed = callers[k][0];
            b.routeRequest(Double.parseDouble(callers[k][1]), call, dialed);
        }
        // a generalist becomes ready: caller 3 (sales, since 12) has waited longer than caller 4 (billing, 13)
        b.ready(20, "7102");
        // the billing agent is ready again: only billing calls are its; caller 4 is one
        b.ready(21, "7001");
        b.engine.runUntilEmpty();

        assertEquals(List.of(
                "1:route:7001",                                         // own group first, although 7101 idled longer
                "2:route:7101",                                         // own group busy: overflow
                "3:treatment:Music", "4:treatment:Music",
                "3:route:7102",                                         // longest waiting among the calls it serves
                "4:route:7001"), b.sipServer.requests);
        assertEquals(0, b.urs.queued());
    }
}
