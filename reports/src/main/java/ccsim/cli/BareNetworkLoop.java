package ccsim.cli;

import ccsim.core.engine.Engine;
import ccsim.core.engine.EventListKind;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.MediaScript;
import ccsim.core.message.Message;
import ccsim.core.network.Address;
import ccsim.core.network.Endpoint;
import ccsim.core.network.Network;
import ccsim.core.network.Node;
import ccsim.core.random.Distribution;
import ccsim.core.random.RandomStreams;
import ccsim.core.trace.Trace;

/**
 * The second yardstick of the benchmark: ccsim's network alone, with nodes that only pass each
 * message on. Each delivery draws the scenario's latency and is one event, as in the model; what the
 * model costs beyond this is its entities' own work.
 */
final class BareNetworkLoop {
    private static final int NODES = 16;
    private static final int IN_FLIGHT = 8;

    private BareNetworkLoop() {
    }

    /** Passes messages round until {@code messages} have been sent; returns the seconds it took. */
    static double run(long messages, Distribution latency, EventListKind kind) {
        Engine engine = new Engine(kind);
        // the model's kind of latency stream (LFSR113), so that the yardstick draws latencies at the model's cost
        Network network = new Network(engine, latency, new RandomStreams(1, 0).fastStream("network:latency"), Trace.OFF);
        Endpoint[] endpoints = new Endpoint[NODES];
        long[] left = {messages - IN_FLIGHT};
        for (int i = 0; i < NODES; i++) {
            Address me = new Address("10.0.0." + (i + 1), 5060);
            Address next = new Address("10.0.0." + ((i + 1) % NODES + 1), 5060);
            int index = i;
            endpoints[i] = network.attach(new Node() {
                @Override
                public Address address() {
                    return me;
                }

                @Override
                public String name() {
                    return "node " + index;
                }

                @Override
                public void receive(Address from, Message message) {
                    if (left[0]-- > 0) {
                        endpoints[index].send(next, message);
                    }
                }
            });
        }
        MediaScript silence = new MediaScript() { };
        for (int k = 0; k < IN_FLIGHT; k++) {
            endpoints[k].send(endpoints[(k + 1) % NODES].node().address(), new MediaEvent(silence, 0));
        }
        long t0 = System.nanoTime();
        engine.runUntilEmpty();
        return (System.nanoTime() - t0) / 1e9;
    }
}
