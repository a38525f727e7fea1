package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.SipId;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The RFC 3261 §17 transaction layer of one SIP entity (over TCP it only times requests out). Client side: a request unanswered
 * after T1 is sent again, the interval doubling (INVITE, Timer A) or doubling up to T2 (others, Timer
 * E), until a response comes (a provisional one ends INVITE retransmissions) or Timer B / F (64·T1)
 * gives up; the entity's own timers decide what a timeout means. Server side: a request that arrives
 * again is not passed up; an INVITE's copy is answered 100 Trying (§17.2.1). Our network loses no
 * message that reaches a live node, so the original arrived first or is queued ahead of its copies,
 * and its own response is on its way: the server keeps no state. Only a node that went down and came
 * back since the original was sent has lost it, or forgot it: it takes the copy as new. Transactions are known by
 * their Via branch, unique across all entities (RFC 3261 §8.1.1.7). Retransmissions travel the
 * network like any message and load the receiving node.
 *
 * <p>Most requests are answered within milliseconds. Their first timer is due T1 after sending, so
 * they wait in send order in a plain queue; only retransmitted requests go to a priority queue. One
 * engine event is armed for the earliest due time: about one event per T1 for a busy entity.
 */
final class SipTransactions {
    /**
     * A request this entity sent and its retransmission state. The interval is kept as the number of
     * copies sent (each doubled it) rather than as a double: one client is made per request sent, and
     * it is 40 bytes instead of 48.
     */
    private static final class Client {
        final SipRequest request;
        final Address to;
        final double giveUpAt;
        double due;
        byte doublings;
        /** A provisional response came to this non-INVITE request: T2 from now on (Timer E). */
        boolean atT2;
        boolean answered;

        Client(SipRequest request, Address to, double now, double t1, boolean retransmit) {
            this.request = request;
            this.to = to;
            this.giveUpAt = now + 64 * t1;
            this.due = retransmit ? now + t1 : giveUpAt;
        }

        /** T1 doubled once per copy sent, up to T2 but for an INVITE (Timers A and E); doubling is exact. */
        double interval(double t1, double t2) {
            double doubled = Math.scalb(t1, doublings);
            return atT2 ? t2 : request.method() == SipMethod.INVITE ? doubled : Math.min(doubled, t2);
        }
    }

    private final Engine engine;
    private final double t1;
    private final double t2;
    private final BiConsumer<Address, Object> resend;
    private final Consumer<SipRequest> timedOut;
    private final Consumer<SipResponse> unacknowledged;
    private final boolean retransmit;
    private final double upSince;
    /** Spans in which this node was cut off: requests first sent then never reached it. */
    private final List<double[]> deaf = new ArrayList<>();
    private boolean keepFinals;
    private final Map<Long, SipResponse> finals = new HashMap<>();
    private final ArrayDeque<Kept<Long>> finalsSent = new ArrayDeque<>();
    private final Map<InviteKey, Sent> unacked = new HashMap<>();
    private final Map<InviteKey, Sent> acks = new HashMap<>();
    private final ArrayDeque<Kept<InviteKey>> acksSent = new ArrayDeque<>();
    private final Long2ObjectMap<Client> clients = new Long2ObjectOpenHashMap<>();
    private final ArrayDeque<Client> firstDues = new ArrayDeque<>();
    private final PriorityQueue<Client> laterDues = new PriorityQueue<>((a, b) -> Double.compare(a.due, b.due));
    private Engine.Timer armed;
    /** The retransmission timers' action, made once rather than a method reference per arming. */
    private final Runnable fire = this::fire;
    private double armedAt = Double.POSITIVE_INFINITY;
    private long retransmitted;

    /**
     * @param retransmit whether requests are sent again (UDP) or only timed (TCP: Timers B and F run alike)
     * @param resend     sends a message again on the network, untouched by this layer
     * @param timedOut   told of a non-INVITE request that Timer F gave up on (RFC 3261 §8.1.3.1: the
     *                   user agent takes it as a 408); an INVITE's timeout is its entity's own timer's
     * @param unacknowledged told of a 2xx to an INVITE sent again for 64·T1 with no ACK (RFC 3261
     *                   §13.3.1.4: the session should then be ended with a BYE)
     */
    SipTransactions(Engine engine, double t1, double t2, boolean retransmit, BiConsumer<Address, Object> resend,
                    Consumer<SipRequest> timedOut, Consumer<SipResponse> unacknowledged) {
        this.engine = engine;
        this.retransmit = retransmit;
        this.timedOut = timedOut;
        this.unacknowledged = unacknowledged;
        this.upSince = engine.now();
        this.t1 = t1;
        this.t2 = t2;
        this.resend = resend;
    }

    /** Requests this entity sent again. */
    long retransmitted() {
        return retransmitted;
    }

    /** A request went out: start its client transaction (ACK has none). */
    void sent(Address to, SipRequest q) {
        if (q.method() == SipMethod.ACK) {
            if (keepFinals) {
                expire(acksSent, acks);
                InviteKey key = new InviteKey(q.headers().callId(), q.headers().cseq());
                acks.put(key, new Sent(to, q));
                acksSent.addLast(new Kept<>(key, engine.now()));
            }
            return;
        }
        Client c = new Client(q, to, engine.now(), t1, retransmit);
        clients.put(q.headers().viaBranch(), c);
        firstDues.addLast(c);
        arm(c.due);
    }

    /**
     * A response arrived: it ends retransmissions of its request (for an INVITE, a provisional one too).
     *
     * @return false for a final response sent again to an INVITE already ACKed: the ACK goes again,
     *         nothing goes up
     */
    boolean answered(SipResponse r) {
        long branch = r.viaBranch();
        Client c = clients.get(branch);
        if (c == null) {
            Sent ack = keepFinals && !r.provisional() && r.cseqMethod() == SipMethod.INVITE
                    ? acks.get(new InviteKey(r.callId(), r.cseq())) : null;
            if (ack != null) {
                resend.accept(ack.to(), ack.message());
                return false;
            }
            return true;
        }
        if (r.status() >= 200 || c.request.method() == SipMethod.INVITE) {
            c.answered = true;
            clients.remove(branch);
        } else {
            // a provisional response to a non-INVITE request: retransmit at T2 from now on (Timer E)
            c.atT2 = true;
        }
        return true;
    }

    /** A request arrived: true to pass it up; false for a copy sent again, absorbed here. */
    boolean received(SipRequest q, Address from) {
        if (keepFinals && q.method() == SipMethod.ACK) {
            unacked.remove(new InviteKey(q.headers().callId(), q.headers().cseq()));
        }
        if (!q.retransmission() || q.originalSentAt() < upSince || sentWhileDeaf(q.originalSentAt())) {
            return true;
        }
        if (q.method() == SipMethod.INVITE) {
            SipResponse last = finals.get(q.headers().viaBranch());
            resend.accept(from, last != null ? last : Sip.respond(q, SipStatus.TRYING, SipId.NONE, null, null));
        }
        return false;
    }

    /**
     * Keeps the final responses this entity sends to INVITEs for Timer B's span, so that a copy of the
     * INVITE gets the final response again (RFC 3261 §17.2.1, §13.3.1.4). Only where nodes fail can a
     * response be lost on its way; elsewhere nothing is kept.
     */
    void keepFinalResponses() {
        keepFinals = true;
    }

    /**
     * A response went out: a final one to an INVITE is kept while a copy of that INVITE may come, and is
     * sent again, T1 doubling up to T2, until its ACK arrives or 64·T1 pass (RFC 3261 §13.3.1.4 for a
     * 2xx, Timers G and H of §17.2.1 for others).
     */
    void responded(Address to, SipResponse r) {
        if (!keepFinals || r.provisional() || r.cseqMethod() != SipMethod.INVITE) {
            return;
        }
        expire(finalsSent, finals);
        finals.put(r.viaBranch(), r);
        finalsSent.addLast(new Kept<>(r.viaBranch(), engine.now()));
        InviteKey key = new InviteKey(r.callId(), r.cseq());
        Sent sent = new Sent(to, r);
        unacked.put(key, sent);
        resendUntilAcked(key, sent, r, t1, engine.now() + 64 * t1);
    }

    private void resendUntilAcked(InviteKey key, Sent sent, SipResponse r, double interval, double giveUpAt) {
        engine.schedule(interval, () -> {
            if (unacked.get(key) != sent) {
                return;
            }
            if (engine.now() >= giveUpAt) {
                unacked.remove(key);
                if (r.status() < 300) {
                    unacknowledged.accept(r);
                }
                return;
            }
            retransmitted++;
            resend.accept(sent.to(), sent.message());
            resendUntilAcked(key, sent, r, Math.min(2 * interval, t2), giveUpAt);
        });
    }

    /** Drops what was kept longer than Timer B's span. */
    private <K, V> void expire(ArrayDeque<Kept<K>> order, Map<K, V> kept) {
        double now = engine.now();
        while (!order.isEmpty() && order.peekFirst().at() < now - 64 * t1) {
            kept.remove(order.pollFirst().key());
        }
    }

    /** An INVITE transaction's ACK and 2xx are matched by Call-ID and CSeq number (RFC 3261 §13.2.2.4). */
    private record InviteKey(long callId, long cseq) {
    }

    private record Kept<K>(K key, double at) {
    }

    private record Sent(Address to, Object message) {
    }

    /**
     * The node was cut off from {@code from} until now: the originals of copies first sent then were lost
     * (a request sent up to T1 before may have been too, and only then is a copy sent: it counts in).
     */
    void wasDeaf(double from) {
        deaf.add(new double[] {from - t1, engine.now()});
    }

    private boolean sentWhileDeaf(double sentAt) {
        for (double[] span : deaf) {
            if (sentAt >= span[0] && sentAt < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The node went down: its timers stop with it. */
    void stop() {
        if (armed != null) {
            armed.cancel();
            armed = null;
        }
        armedAt = Double.POSITIVE_INFINITY;
        clients.clear();
        firstDues.clear();
        laterDues.clear();
        unacked.clear();
        finals.clear();
        finalsSent.clear();
        acks.clear();
        acksSent.clear();
    }

    private void arm(double at) {
        if (at >= armedAt) {
            return;
        }
        if (armed != null) {
            armed.cancel();
        }
        armedAt = at;
        armed = engine.schedule(at - engine.now(), fire);
    }

    /** The due request that comes first of both queues, or null. */
    private Client next() {
        Client first = firstDues.peekFirst();
        Client later = laterDues.peek();
        if (first == null) {
            return later;
        }
        return later == null || first.due <= later.due ? first : later;
    }

    /** Timers A and E: send each due, unanswered request again; Timers B and F: stop trying. */
    private void fire() {
        armed = null;
        armedAt = Double.POSITIVE_INFINITY;
        double now = engine.now();
        for (Client c = next(); c != null && c.due <= now; c = next()) {
            if (c == firstDues.peekFirst()) {
                firstDues.pollFirst();
            } else {
                laterDues.poll();
            }
            if (c.answered) {
                continue;
            }
            if (now >= c.giveUpAt) {
                clients.remove(c.request.headers().viaBranch());
                if (c.request.method() != SipMethod.INVITE) {
                    timedOut.accept(c.request);
                }
                continue;
            }
            retransmitted++;
            resend.accept(c.to, c.request.retransmitted(c.giveUpAt - 64 * t1));
            // saturating: past a few doublings a non-INVITE's interval is T2 whatever the count, and an
            // INVITE's copies stop at Timer B after six; a scenario cannot set T2 below T1 (where copies
            // every T2 could pass 127), but the count stays safe for whoever builds this with such timers
            if (c.doublings < Byte.MAX_VALUE) {
                c.doublings++;
            }
            c.due = Math.min(now + c.interval(t1, t2), c.giveUpAt);
            laterDues.add(c);
        }
        // answered requests wait until they reach a queue's head; dropping them now arms the one event
        // for the oldest request still unanswered
        while (!firstDues.isEmpty() && firstDues.peekFirst().answered) {
            firstDues.pollFirst();
        }
        while (!laterDues.isEmpty() && laterDues.peek().answered) {
            laterDues.poll();
        }
        Client c = next();
        if (c != null) {
            arm(c.due);
        }
    }
}
