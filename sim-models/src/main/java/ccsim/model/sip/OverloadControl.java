package ccsim.model.sip;

import ccsim.core.message.Message;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.core.network.Admission;
import java.util.function.BiConsumer;

/**
 * SIP Server's 503 policy at the door of its processing queue: with the queue at its limit, the INVITE
 * of a new call is answered at once with 503 Service Unavailable and Retry-After instead of waiting.
 * Copies the transaction layer sends again belong to INVITEs already admitted (a refused one is
 * answered at once and not sent again), so they queue; so do requests within a dialog.
 */
public final class OverloadControl implements Admission {
    private final int queueLimit;
    private final long retryAfterSeconds;
    private final BiConsumer<Address, Object> answer;

    /** @param answer sends a response straight back, past the processing queue */
    public OverloadControl(int queueLimit, long retryAfterSeconds, BiConsumer<Address, Object> answer) {
        this.queueLimit = queueLimit;
        this.retryAfterSeconds = retryAfterSeconds;
        this.answer = answer;
    }

    @Override
    public int queueLimit() {
        return queueLimit;
    }

    @Override
    public boolean refuse(Address from, Message message, boolean queueFull) {
        if (!queueFull || !(message instanceof SipRequest q) || q.method() != SipMethod.INVITE
                || q.headers().to().tagged() || q.retransmission()) {
            return false;
        }
        // with the queue full a new call is turned away now, not left to time out in the queue; the
        // request's branch, unique, serves as the tag of the dialog that never comes about
        answer.accept(from, Sip.respond(q, SipStatus.SERVICE_UNAVAILABLE, q.headers().viaBranch(),
                null, null).withRetryAfter(retryAfterSeconds));
        return true;
    }
}
