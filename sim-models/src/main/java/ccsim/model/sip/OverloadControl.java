package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.core.network.Admission;
import ccsim.core.network.Delivery;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * SIP Server's 503 policy at the door of its processing queue: with the queue at its limit, the INVITE
 * of a new call is answered at once with 503 Service Unavailable and Retry-After instead of waiting.
 * The decision is kept per INVITE (sender and branch) for 64·T1, so its retransmissions get the same
 * answer: an admitted INVITE's copies queue (the transaction layer absorbs them), a refused one's are
 * refused again. Requests within a dialog always queue.
 */
public final class OverloadControl implements Admission {
    private record Invite(Address from, String branch) {
    }

    private final Engine engine;
    private final int queueLimit;
    private final long retryAfterSeconds;
    private final double memory;
    private final BiConsumer<Address, Object> answer;
    private final Map<Invite, Boolean> decided = new HashMap<>();
    private final ArrayDeque<Invite> order = new ArrayDeque<>();
    private final ArrayDeque<Double> decidedAt = new ArrayDeque<>();

    /** @param answer sends a response straight back, past the processing queue */
    public OverloadControl(Engine engine, int queueLimit, long retryAfterSeconds, double t1, BiConsumer<Address, Object> answer) {
        this.engine = engine;
        this.queueLimit = queueLimit;
        this.retryAfterSeconds = retryAfterSeconds;
        this.memory = 64 * t1;
        this.answer = answer;
    }

    @Override
    public int queueLimit() {
        return queueLimit;
    }

    @Override
    public boolean refuse(Delivery d, boolean queueFull) {
        if (!(d.message() instanceof SipRequest q) || q.method() != SipMethod.INVITE || q.headers().to().tag() != null) {
            return false;
        }
        forgetOld();
        Invite key = new Invite(d.from(), q.headers().viaBranch());
        Boolean admitted = decided.get(key);
        if (admitted == null) {
            // with the queue full a new call is turned away now, not left to time out in the queue
            admitted = !queueFull;
            decided.put(key, admitted);
            order.addLast(key);
            decidedAt.addLast(engine.now());
        }
        if (!admitted) {
            answer.accept(d.from(), Sip.respond(q, SipStatus.SERVICE_UNAVAILABLE, "ol" + q.headers().viaBranch(),
                    null, null).withRetryAfter(retryAfterSeconds));
        }
        return !admitted;
    }

    private void forgetOld() {
        double horizon = engine.now() - memory;
        while (!decidedAt.isEmpty() && decidedAt.peekFirst() < horizon) {
            decidedAt.pollFirst();
            decided.remove(order.pollFirst());
        }
    }
}
