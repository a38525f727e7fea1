package ccsim.core.network;

import ccsim.core.message.Message;

/** A node's attachment to the network: sends on its behalf and counts what reaches it. */
public final class Endpoint {
    private final Network network;
    private final Node node;
    private final int index;
    private final ProcessingStage stage;
    private long received;
    private long countedFrom;

    Endpoint(Network network, Node node, int index, ProcessingStage stage) {
        this.network = network;
        this.node = node;
        this.index = index;
        this.stage = stage;
    }

    public void send(Address to, Message message) {
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

    /** Starts counting afresh, e.g. at the end of the warm-up. */
    public void resetCounts() {
        countedFrom = received;
        if (stage != null) {
            stage.resetStatistics();
        }
    }

    /** Processing statistics, or null when the node has unlimited capacity. */
    public ProcessingStage processing() {
        return stage;
    }
}
