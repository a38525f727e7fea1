package ccsim.model.routing;

import ccsim.core.engine.Engine;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Calls waiting on their Routing Point for a free Voice Treatment Port, first come first served, each
 * for at most {@code routing.waitForPort}: the guide's strategies select a target and leave open what
 * happens when none is free (ch.2, Figure 17). The caller hears ringback meanwhile and may hang up.
 * Counts over the observed window what the measures report.
 */
final class PortQueue {
    /** A call waiting for a port, since when, and its timeout. */
    static final class Waiter {
        final long connId;
        final long call;
        final String routingPoint;
        final double since;
        Engine.Timer timeout;

        Waiter(long connId, long call, String routingPoint, double since) {
            this.connId = connId;
            this.call = call;
            this.routingPoint = routingPoint;
            this.since = since;
        }
    }

    private final Engine engine;
    private final double limit;
    private final Consumer<Waiter> onTimeout;
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private final Long2ObjectMap<Waiter> byConnId = new Long2ObjectOpenHashMap<>();
    private long asked;
    private long waited;
    private long abandoned;
    private long timedOut;
    private double waitSum;

    /**
     * @param limit     how long a call waits at most, in seconds (&gt; 0)
     * @param onTimeout what the strategy does with a call no port took in time (it is out of the queue)
     */
    PortQueue(Engine engine, double limit, Consumer<Waiter> onTimeout) {
        this.engine = engine;
        this.limit = limit;
        this.onTimeout = onTimeout;
    }

    /** The strategy looks for a port for a call: every such call counts, whether it waits or not. */
    void asked() {
        asked++;
    }

    /** No port is free: the call waits, last in line. */
    void add(long connId, long call, String routingPoint) {
        Waiter w = new Waiter(connId, call, routingPoint, engine.now());
        queue.addLast(w);
        byConnId.put(connId, w);
        waited++;
        w.timeout = engine.schedule(limit, () -> {
            leave(w);
            timedOut++;
            onTimeout.accept(w);
        });
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** A port is free: the call that waited longest takes it. */
    Waiter takeFirst() {
        Waiter w = queue.peekFirst();
        leave(w);
        w.timeout.cancel();
        return w;
    }

    /** The caller hung up: true if it was waiting for a port. */
    boolean abandon(long connId) {
        Waiter w = byConnId.get(connId);
        if (w == null) {
            return false;
        }
        leave(w);
        w.timeout.cancel();
        abandoned++;
        return true;
    }

    private void leave(Waiter w) {
        byConnId.remove(w.connId);
        if (queue.peekFirst() == w) {
            queue.pollFirst();
        } else {
            queue.remove(w);
        }
        waitSum += engine.now() - w.since;
    }

    /** Calls waiting now. */
    int waiting() {
        return queue.size();
    }

    /** Restarts the counts at the end of the warm-up. */
    void startObservation() {
        asked = 0;
        waited = 0;
        abandoned = 0;
        timedOut = 0;
        waitSum = 0;
    }

    /** Share of the calls that looked for a port and had to wait for one; NaN if none looked. */
    double probabilityOfWaiting() {
        return asked == 0 ? Double.NaN : (double) waited / asked;
    }

    /** Calls that waited for a port. */
    long waited() {
        return waited;
    }

    /**
     * Mean time a call that waited spent waiting, whether a port took it, its caller hung up or the
     * wait ran out (a call still waiting at the horizon is not in it); NaN if none waited.
     */
    double meanWait() {
        long done = waited - queue.size();
        return done <= 0 ? Double.NaN : waitSum / done;
    }

    /** Callers who hung up while waiting for a port. */
    long abandoned() {
        return abandoned;
    }

    /** Calls no port took within the limit. */
    long timedOut() {
        return timedOut;
    }

    /** Share of the calls that looked for a port whose caller hung up waiting; NaN if none looked. */
    double probabilityOfAbandoning() {
        return asked == 0 ? Double.NaN : (double) abandoned / asked;
    }
}
