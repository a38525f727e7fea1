package ccsim.core.network;

import ccsim.core.engine.Engine;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.Message;
import ccsim.core.random.Distribution;
import ccsim.core.trace.Trace;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * Delivers messages between attached nodes after a latency drawn per link. SIP travels as UDP
 * datagrams: two messages on one link may overtake each other. CTI (T-Library) and the IVR Server
 * protocol run over TCP: their messages on one link arrive in the order they were sent. A message to an address where no node
 * listens is lost, as a datagram to a dead host would be, and counted.
 */
public final class Network {
    private static final int ADDRESS_CACHE = 8192;
    private final Engine engine;
    private final Distribution defaultLatency;
    private final RandomStream latencyStream;
    private final Trace trace;
    // asked before the trace itself: a message's call number is behind an interface call on one of
    // five message types, which nothing else needs when no trace is on
    private final boolean tracing;
    private final Map<Address, Endpoint> endpoints = new HashMap<>();
    // A two-way set-associative cache by identity in front of the map: the same Address objects (a node's own, a
    // dialog's peer) are sent to again and again, and hashing one means reading its host string, a
    // cache miss or two per message (a sixth of a busy-day run went to that lookup).
    private final Address[] cachedAddress = new Address[ADDRESS_CACHE];
    private final Endpoint[] cachedEndpoint = new Endpoint[ADDRESS_CACHE];
    private Endpoint[] byIndex = new Endpoint[0];
    private final Map<Link, Distribution> linkLatency = new HashMap<>();
    private Distribution[][] latencyMatrix = new Distribution[0][0];
    private double[][] lastCtiArrival = new double[0][0];
    // arrivals that have run, kept for the next messages: a run's most numerous object, a fifth of its
    // allocation, comes from here instead of fresh memory, and the one reused is the one just used
    private Arrival[] spareArrivals = new Arrival[64];
    private int spares;
    private long undeliverable;
    private long sent;

    public Network(Engine engine, Distribution defaultLatency, RandomStream latencyStream, Trace trace) {
        this.engine = engine;
        this.defaultLatency = defaultLatency;
        this.latencyStream = latencyStream;
        this.trace = trace;
        this.tracing = trace != Trace.OFF;
    }

    /** Sets the latency between two hosts, both ways, overriding the default. */
    public void setLatency(String hostA, String hostB, Distribution latency) {
        linkLatency.put(new Link(hostA, hostB), latency);
        linkLatency.put(new Link(hostB, hostA), latency);
        latencyMatrix = new Distribution[0][0];
    }

    /** Attaches a node that handles each message the moment it arrives. */
    public Endpoint attach(Node node) {
        return register(node, null);
    }

    /** Attaches a node whose messages queue for a processing capacity; null means unlimited. */
    public Endpoint attach(Node node, ProcessingCapacity capacity, RandomStream serviceStream) {
        return register(node, capacity == null ? null : new ProcessingStage(engine, node, capacity, serviceStream));
    }

    private Endpoint register(Node node, ProcessingStage stage) {
        if (endpoints.containsKey(node.address())) {
            throw new IllegalArgumentException("two nodes at " + node.address() + ": "
                    + endpoints.get(node.address()).node().name() + " and " + node.name());
        }
        Endpoint e = new Endpoint(this, node, byIndex.length, stage);
        endpoints.put(node.address(), e);
        trace.attached(node.address(), node.name());
        byIndex = Arrays.copyOf(byIndex, byIndex.length + 1);
        byIndex[e.index()] = e;
        latencyMatrix = new Distribution[0][0];
        return e;
    }

    /** The attached nodes, in the order they were attached. */
    public List<Node> nodes() {
        return Arrays.stream(byIndex).map(Endpoint::node).toList();
    }

    /** Messages sent to an address where no node listens, or by a node that is down. */
    public long undeliverable() {
        return undeliverable;
    }

    /** Messages that reached a node while it was down. */
    public long lostToDownNodes() {
        return Arrays.stream(byIndex).mapToLong(Endpoint::lostWhileDown).sum();
    }

    /** Messages sent so far, delivered or not. */
    public long sent() {
        return sent;
    }

    public Engine engine() {
        return engine;
    }

    void send(Endpoint from, Address to, Message message) {
        Endpoint target = endpointAt(to);
        double now = engine.now();
        sent++;
        if (target != null && from.holds(message)) {
            from.hold(() -> send(from, to, message));
            return;
        }
        if (target == null || from.down()) {
            undeliverable++;
            if (tracing && trace.wants(message.call())) {
                trace.record(new Transit(from.node().address(), to, now, Double.NaN, message));
            }
            return;
        }
        double latency = latency(from.index(), target.index()).draw(latencyStream);
        if (travelsOverTcp(message)) {
            latency = inOrder(from.index(), target.index(), now + latency) - now;
        }
        if (tracing && trace.wants(message.call())) {
            trace.record(new Transit(from.node().address(), to, now, now + latency, message));
        }
        Arrival a = spares > 0 ? spareArrivals[--spares] : new Arrival(this);
        a.target = target.index();
        a.from = from.index();
        a.message = message;
        engine.schedule(latency, a);
    }

    private void recycle(Arrival a) {
        if (spares == spareArrivals.length) {
            spareArrivals = Arrays.copyOf(spareArrivals, spares * 2);
        }
        spareArrivals[spares++] = a;
    }

    /**
     * A message in flight and the event of its arrival. Once it has run, the network keeps it for
     * another message: SSJ lets an event that has happened be scheduled again, and nothing else holds
     * an arrival (the event list lets go of it first, a trace records the times apart). A kept arrival
     * is an old object, where storing a reference to another region costs G1's write barrier a memory
     * fence: it names the two endpoints by their index, so that only the message is such a store.
     */
    private static final class Arrival extends Engine.Action {
        private final Network network;
        private int target;
        private int from;
        private Message message;

        Arrival(Network network) {
            super(network.engine);
            this.network = network;
        }

        @Override
        protected void run() {
            Endpoint target = network.byIndex[this.target];
            Address from = network.byIndex[this.from].node().address();
            Message message = this.message;
            this.message = null;
            network.recycle(this);
            if (target.holds(message)) {
                target.hold(() -> target.arrive(from, message));
            } else if (target.down()) {
                target.lose();
            } else {
                target.arrive(from, message);
            }
        }
    }

    /** A traced message: the trace's record of it, made only for the calls the trace follows. */
    private record Transit(Address from, Address to, double sentAt, double deliveredAt, Message message)
            implements Delivery {
    }

    /** The endpoint at {@code to}: from the cache, a two-way set of slots (the newest first), else the map. */
    private Endpoint endpointAt(Address to) {
        int first = (System.identityHashCode(to) << 1) & (ADDRESS_CACHE - 1);
        if (cachedAddress[first] == to) {
            return cachedEndpoint[first];
        }
        int second = first + 1;
        if (cachedAddress[second] == to) {
            return cachedEndpoint[second];
        }
        Endpoint e = endpoints.get(to);
        if (e != null) {
            cachedAddress[second] = cachedAddress[first];
            cachedEndpoint[second] = cachedEndpoint[first];
            cachedAddress[first] = to;
            cachedEndpoint[first] = e;
        }
        return e;
    }

    /** CTI (T-Library) and the IVR Server protocol run over TCP; SIP (here) and RTP over UDP. */
    static boolean travelsOverTcp(Message message) {
        return message instanceof CtiMessage || message instanceof IvrMessage;
    }

    /** The arrival time of a TCP message: not before the previous one on the same link. */
    private double inOrder(int from, int to, double arrival) {
        if (lastCtiArrival.length != byIndex.length) {
            double[][] grown = new double[byIndex.length][byIndex.length];
            for (int i = 0; i < lastCtiArrival.length; i++) {
                System.arraycopy(lastCtiArrival[i], 0, grown[i], 0, lastCtiArrival[i].length);
            }
            lastCtiArrival = grown;
        }
        double t = Math.max(arrival, lastCtiArrival[from][to]);
        lastCtiArrival[from][to] = t;
        return t;
    }

    private Distribution latency(int from, int to) {
        if (linkLatency.isEmpty()) {
            return defaultLatency;
        }
        if (latencyMatrix.length != byIndex.length) {
            latencyMatrix = new Distribution[byIndex.length][byIndex.length];
        }
        Distribution l = latencyMatrix[from][to];
        if (l == null) {
            l = linkLatency.getOrDefault(new Link(byIndex[from].node().address().host(),
                    byIndex[to].node().address().host()), defaultLatency);
            latencyMatrix[from][to] = l;
        }
        return l;
    }

    private record Link(String fromHost, String toHost) {
    }
}
