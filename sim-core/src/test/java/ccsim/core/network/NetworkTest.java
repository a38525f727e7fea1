package ccsim.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.engine.Engine;
import ccsim.core.experiment.Experiment;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.Message;
import ccsim.core.random.Distribution;
import ccsim.core.random.RandomStreams;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.stats.Summary;
import ccsim.core.trace.CallTrace;
import ccsim.core.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class NetworkTest {

    /** A node that records what it receives and when it handles it. */
    static class Sink extends Node {
        final Address address;
        final List<Address> senders = new ArrayList<>();
        final List<Message> received = new ArrayList<>();
        final List<Double> handledAt = new ArrayList<>();
        final Engine engine;

        Sink(Engine engine, String host) {
            this.engine = engine;
            this.address = new Address(host, 5060);
        }

        @Override
        public Address address() {
            return address;
        }

        @Override
        public String name() {
            return address.host();
        }

        @Override
        public void receive(Address from, Message message) {
            senders.add(from);
            received.add(message);
            handledAt.add(engine.now());
        }
    }

    private static CtiMessage msg(long call) {
        return new CtiMessage("EventTest", call, Map.of(), Map.of(), call);
    }

    @Test
    void messagesArriveAfterTheirLinksLatency() {
        Engine e = new Engine();
        CallTrace trace = new CallTrace(3);
        Network n = new Network(e, new Distribution.Constant(0.002), new RandomStreams(1, 0).stream("l"), trace);
        n.setLatency("a", "c", new Distribution.Constant(0.050));
        Sink a = new Sink(e, "a");
        Sink b = new Sink(e, "b");
        Sink c = new Sink(e, "c");
        Endpoint ea = n.attach(a);
        n.attach(b);
        Endpoint ec = n.attach(c);
        e.schedule(1, () -> {
            ea.send(b.address(), msg(1));
            ea.send(c.address(), msg(2));
            ec.send(a.address(), msg(3));
        });
        e.runUntilEmpty();
        assertEquals(1.002, b.handledAt.get(0), 1e-12);
        assertEquals(1.050, c.handledAt.get(0), 1e-12);
        assertEquals(1.050, a.handledAt.get(0), 1e-12);
        assertEquals(List.of(a.address()), b.senders);
        assertEquals(1, b.received.get(0).call());
        // the trace's record of the same message
        Delivery d = trace.of(1).get(0);
        assertEquals(a.address(), d.from());
        assertEquals(b.address(), d.to());
        assertEquals(1.0, d.sentAt());
        assertEquals(1.002, d.deliveredAt(), 1e-12);
        assertEquals(3, n.sent());
    }

    /**
     * Arrivals are reused once they have run; a relay sends each message on from inside its delivery,
     * the moment the arrival that brought it is free, while hundreds of others are still in flight
     * and overtaking each other. Every message must still reach its own receiver once, intact.
     */
    @Test
    void everyMessageInFlightReachesItsOwnReceiverOnceWhileArrivalsAreReused() {
        Engine e = new Engine();
        Network n = new Network(e, new Distribution.Exponential(0.010), new RandomStreams(7, 0).stream("l"), Trace.OFF);
        Sink end = new Sink(e, "end");
        Sink direct = new Sink(e, "direct");
        Endpoint[] relayEndpoint = new Endpoint[1];
        Sink relay = new Sink(e, "relay") {
            @Override
            public void receive(Address from, Message message) {
                super.receive(from, message);
                relayEndpoint[0].send(end.address(), message);
            }
        };
        Endpoint source = n.attach(new Sink(e, "source"));
        relayEndpoint[0] = n.attach(relay);
        n.attach(end);
        n.attach(direct);
        List<Message> relayed = new ArrayList<>();
        List<Message> sentDirect = new ArrayList<>();
        e.schedule(0, () -> {
            for (int i = 1; i <= 300; i++) {
                Message m = msg(i);
                Message d = msg(1000 + i);
                relayed.add(m);
                sentDirect.add(d);
                source.send(relay.address(), m);
                source.send(direct.address(), d);
            }
        });
        e.runUntilEmpty();
        assertEquals(900, n.sent());
        assertTrue(containsEachOnceByIdentity(end.received, relayed), "each relayed message reached the end once");
        assertTrue(containsEachOnceByIdentity(direct.received, sentDirect), "each direct message reached its node once");
        assertTrue(end.senders.stream().allMatch(relay.address()::equals));
        assertTrue(direct.senders.stream().allMatch(source.node().address()::equals));
    }

    private static boolean containsEachOnceByIdentity(List<Message> got, List<Message> sent) {
        if (got.size() != sent.size()) {
            return false;
        }
        Set<Message> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(got);
        return seen.size() == sent.size() && sent.stream().allMatch(seen::contains);
    }

    @Test
    void aMessageToNobodyIsLostAndCounted() {
        Engine e = new Engine();
        CallTrace trace = new CallTrace(5);
        Network n = new Network(e, new Distribution.Constant(0.001), new RandomStreams(1, 0).stream("l"), trace);
        Endpoint ea = n.attach(new Sink(e, "a"));
        e.schedule(0, () -> ea.send(new Address("nowhere", 5060), msg(1)));
        e.runUntilEmpty();
        assertEquals(1, n.undeliverable());
        assertTrue(Double.isNaN(trace.of(1).get(0).deliveredAt()));
    }

    @Test
    void twoNodesAtOneAddressAreRefused() {
        Engine e = new Engine();
        Network n = new Network(e, new Distribution.Constant(0), new RandomStreams(1, 0).stream("l"), Trace.OFF);
        n.attach(new Sink(e, "a"));
        assertThrows(IllegalArgumentException.class, () -> n.attach(new Sink(e, "a")));
    }

    @Test
    void traceKeepsOnlySelectedCalls() {
        Engine e = new Engine();
        CallTrace trace = new CallTrace(2);
        Network n = new Network(e, new Distribution.Constant(0.001), new RandomStreams(1, 0).stream("l"), trace);
        Sink b = new Sink(e, "b");
        Endpoint ea = n.attach(new Sink(e, "a"));
        n.attach(b);
        e.schedule(0, () -> {
            for (long call = 1; call <= 5; call++) {
                ea.send(b.address(), msg(call));
            }
        });
        e.runUntilEmpty();
        assertEquals(List.of(1L, 2L), trace.deliveries().stream().map(d -> d.message().call()).toList());
        assertEquals(5, b.received.size());
    }

    /**
     * A node with one worker and exponential service fed by Poisson messages is an M/M/1 queue: the
     * mean wait for a worker is ρ/(μ−λ). Checked within the 99.9% interval over 20 replications.
     */
    @Test
    void processingCapacityQueuesLikeMm1() {
        double lambda = 800;
        double mu = 1000;
        int reps = 20;
        List<ReplicationResult> results = Experiment.run(reps, 2, (r, p) -> {
            RandomStreams streams = new RandomStreams(99, r);
            Engine e = new Engine();
            Network n = new Network(e, new Distribution.Constant(0), streams.stream("latency"), Trace.OFF);
            Sink server = new Sink(e, "server");
            Endpoint source = n.attach(new Sink(e, "source"));
            Endpoint se = n.attach(server, new ProcessingCapacity(1, new Distribution.Exponential(1 / mu)),
                    streams.stream("service"));
            var arrivals = streams.stream("arrivals");
            double warmUp = 5;
            double end = 65;
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                source.send(server.address(), msg(0));
                double gap = -Math.log1p(-arrivals.nextDouble()) / lambda;
                if (e.now() + gap < end) {
                    e.schedule(gap, next[0]);
                }
            };
            e.schedule(0, next[0]);
            e.schedule(warmUp, se::resetCounts);
            double[] wait = new double[1];
            e.schedule(end, () -> wait[0] = se.processing().meanWait());
            e.runUntilEmpty();
            return new ReplicationResult.Builder().add("wait", "s", wait[0]).build(r);
        }, null);
        Estimate w = Summary.of(results).get(0);
        double theory = (lambda / mu) / (mu - lambda);
        TDistribution t = new TDistribution(reps - 1);
        double half = w.halfWidth() * t.inverseCumulativeProbability(0.9995) / t.inverseCumulativeProbability(0.975);
        assertTrue(Math.abs(w.mean() - theory) <= half,
                () -> "M/M/1 wait " + theory + " outside " + w.mean() + " ± " + half);
        assertTrue(half < 0.2 * theory, "interval too wide to mean anything: " + half);
    }
}
