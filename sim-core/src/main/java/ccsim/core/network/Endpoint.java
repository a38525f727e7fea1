package ccsim.core.network;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.Message;
import java.util.ArrayList;
import java.util.List;

/** A node's attachment to the network: sends on its behalf and counts what reaches it. */
public final class Endpoint {
    private final Network network;
    private final Node node;
    private final int index;
    private final ProcessingStage stage;
    private Outage outage;
    private final List<Runnable> held = new ArrayList<>();
    private long received;
    private long countedFrom;
    private long ctiSent;
    private long ctiReceived;
    private long ctiSentFrom;
    private long ctiReceivedFrom;
    private long lostWhileDown;

    Endpoint(Network network, Node node, int index, ProcessingStage stage) {
        this.network = network;
        this.node = node;
        this.index = index;
        this.stage = stage;
    }

    public void send(Address to, Message message) {
        if (message instanceof CtiMessage) {
            ctiSent++;
        }
        network.send(this, to, message);
    }

    public Node node() {
        return node;
    }

    /** The node's number in the network: the order it was attached in, unique in the run. */
    public int index() {
        return index;
    }

    /** A message reached this node while it was down: it is lost. */
    void lose() {
        lostWhileDown++;
    }

    /** Messages lost because they reached this node while it was down. */
    long lostWhileDown() {
        return lostWhileDown;
    }

    void arrive(Address from, Message message) {
        received++;
        if (message instanceof CtiMessage) {
            ctiReceived++;
        }
        if (stage == null) {
            node.receive(from, message);
        } else {
            stage.offer(from, message);
        }
    }

    /** Messages that reached this node since {@link #resetCounts()} (or since the start). */
    public long received() {
        return received - countedFrom;
    }

    /** CTI messages this node sent since {@link #resetCounts()} (or since the start). */
    public long ctiSent() {
        return ctiSent - ctiSentFrom;
    }

    /** CTI messages that reached this node since {@link #resetCounts()} (or since the start). */
    public long ctiReceived() {
        return ctiReceived - ctiReceivedFrom;
    }

    /** Starts counting afresh, e.g. at the end of the warm-up. */
    public void resetCounts() {
        countedFrom = received;
        ctiSentFrom = ctiSent;
        ctiReceivedFrom = ctiReceived;
        if (stage != null) {
            stage.resetStatistics();
        }
    }

    /**
     * How a node is down. A crashed node's process is gone: what it sends and what reaches it is lost,
     * its TCP connections with it. An isolated node is cut off from the network but its process runs on:
     * its UDP datagrams (SIP, RTP) are lost both ways, while its TCP streams (CTI, IVR Server protocol)
     * stall and deliver what they hold once it is reachable again, as TCP's retransmissions would.
     */
    public enum Outage { CRASH, ISOLATION }

    /** The node goes down: neither sends nor receives until {@link #recover()}. */
    public void fail(Outage how) {
        if (outage == null) {
            outage = how;
        }
    }

    /** The node is reachable again: the TCP messages an isolation held go on, in their order. */
    public void recover() {
        outage = null;
        List<Runnable> pending = List.copyOf(held);
        held.clear();
        pending.forEach(Runnable::run);
    }

    public boolean down() {
        return outage != null;
    }

    /** Whether the node is down and {@code message} waits for it instead of being lost. */
    boolean holds(Message message) {
        return outage == Outage.ISOLATION && Network.travelsOverTcp(message);
    }

    void hold(Runnable delivery) {
        held.add(delivery);
    }

    /** Processing statistics, or null when the node has unlimited capacity. */
    public ProcessingStage processing() {
        return stage;
    }
}
