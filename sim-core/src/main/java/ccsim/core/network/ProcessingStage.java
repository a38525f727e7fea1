package ccsim.core.network;

import ccsim.core.engine.Engine;
import ccsim.core.message.Message;
import java.util.ArrayDeque;
import umontreal.ssj.rng.RandomStream;

/** The FIFO queue and workers of a node with a {@link ProcessingCapacity}. */
public final class ProcessingStage {
    /** A message waiting for a worker, and when it reached the node. */
    private record Queued(Address from, Message message, double arrivedAt) {
    }

    private final Engine engine;
    private final Node node;
    private final ProcessingCapacity capacity;
    private final RandomStream serviceStream;
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private int busyWorkers;
    private long processed;
    private double waitSum;
    private double maxWait;
    private int maxQueue;
    private Admission admission;
    private long refused;

    ProcessingStage(Engine engine, Node node, ProcessingCapacity capacity, RandomStream serviceStream) {
        this.engine = engine;
        this.node = node;
        this.capacity = capacity;
        this.serviceStream = serviceStream;
    }

    /** Sets the overload policy; without one every message queues. */
    public void admit(Admission policy) {
        this.admission = policy;
    }

    /** Messages the overload policy refused since the last reset. */
    public long refused() {
        return refused;
    }

    /** Messages waiting for a worker now. */
    public int queued() {
        return queue.size();
    }

    void offer(Address from, Message message) {
        if (admission != null && admission.refuse(from, message, queue.size() >= admission.queueLimit())) {
            refused++;
            return;
        }
        Queued q = new Queued(from, message, engine.now());
        if (busyWorkers < capacity.workers()) {
            start(q);
        } else {
            queue.addLast(q);
            maxQueue = Math.max(maxQueue, queue.size());
        }
    }

    private void start(Queued q) {
        busyWorkers++;
        double wait = engine.now() - q.arrivedAt();
        processed++;
        waitSum += wait;
        maxWait = Math.max(maxWait, wait);
        engine.schedule(capacity.serviceTime().sample(serviceStream), () -> finish(q));
    }

    private void finish(Queued q) {
        busyWorkers--;
        node.receive(q.from(), q.message());
        Queued next = queue.pollFirst();
        if (next != null) {
            start(next);
        }
    }

    /** Mean time a message waited for a worker, over messages started since the last reset. */
    public double meanWait() {
        return processed == 0 ? 0 : waitSum / processed;
    }

    public double maxWait() {
        return maxWait;
    }

    public int maxQueue() {
        return maxQueue;
    }

    void resetStatistics() {
        refused = 0;
        processed = 0;
        waitSum = 0;
        maxWait = 0;
        maxQueue = queue.size();
    }
}
