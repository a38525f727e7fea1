package ccsim.core.network;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.Message;

/** A node's attachment to the network: sends on its behalf and counts what reaches it. */
public final class Endpoint {
    private final Network network;
    private final Node node;
    private final int index;
    private final ProcessingStage stage;
    private boolean down;
    private long received;
    private long countedFrom;
    private long ctiSent;
    private long ctiReceived;
    private long ctiSentFrom;
    private long ctiReceivedFrom;

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

    int index() {
        return index;
    }

    void arrive(Delivery d) {
        received++;
        if (d.message() instanceof CtiMessage) {
            ctiReceived++;
        }
        if (stage == null) {
            node.receive(d);
        } else {
            stage.offer(d);
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

    /** Processing statistics, or null when the node has unlimited capacity. */
    /** A node that is down neither sends nor receives: its messages, and those that reach it, are lost. */
    public void setDown(boolean down) {
        this.down = down;
    }

    public boolean down() {
        return down;
    }

    public ProcessingStage processing() {
        return stage;
    }
}
