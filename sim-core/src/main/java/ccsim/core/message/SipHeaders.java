package ccsim.core.message;

/**
 * The SIP headers the simulator reasons about. A B2BUA leg keeps one {@code callId}, the
 * {@code from}/{@code to} pair with tags identifies the dialog, {@code cseq} and {@code viaBranch}
 * identify the transaction (Call-ID, branch and tags are {@link SipId}s), {@code contact} carries a
 * target (e.g. the IPCS on a 302), {@code referTo} the transfer target of a REFER (null on other
 * requests), {@code reason} why a BYE ends a call abnormally (RFC 3326, e.g. {@code Q.850;cause=47};
 * null otherwise) and {@code retryAfter} the seconds an overloaded server asks its client to wait (a
 * 503's Retry-After; 0 otherwise). Those three are rare, and held apart in {@link Extra} (null when a
 * message has none of them): a busy day makes millions of headers (one per request; a response keeps
 * its request's, see {@link SipResponse}), and the three would add 16 bytes to each.
 */
public record SipHeaders(long callId, NameAddr from, NameAddr to, long cseq, SipMethod cseqMethod,
                         long viaBranch, SipUri contact, Extra extra) {

    /** Refer-To, Reason and Retry-After, for the few messages that carry one of them. */
    public record Extra(SipUri referTo, String reason, long retryAfter) {
        static Extra of(SipUri referTo, String reason, long retryAfter) {
            return referTo == null && reason == null && retryAfter == 0 ? null : new Extra(referTo, reason, retryAfter);
        }
    }

    public SipHeaders(long callId, NameAddr from, NameAddr to, long cseq, SipMethod cseqMethod, long viaBranch,
                      SipUri contact, SipUri referTo, String reason, long retryAfter) {
        this(callId, from, to, cseq, cseqMethod, viaBranch, contact, Extra.of(referTo, reason, retryAfter));
    }

    /** Headers without Retry-After. */
    public SipHeaders(long callId, NameAddr from, NameAddr to, long cseq, SipMethod cseqMethod, long viaBranch,
                      SipUri contact, SipUri referTo, String reason) {
        this(callId, from, to, cseq, cseqMethod, viaBranch, contact, referTo, reason, 0);
    }

    /** Headers without Reason. */
    public SipHeaders(long callId, NameAddr from, NameAddr to, long cseq, SipMethod cseqMethod, long viaBranch,
                      SipUri contact, SipUri referTo) {
        this(callId, from, to, cseq, cseqMethod, viaBranch, contact, referTo, null);
    }

    /** Headers without Refer-To. */
    public SipHeaders(long callId, NameAddr from, NameAddr to, long cseq, SipMethod cseqMethod, long viaBranch,
                      SipUri contact) {
        this(callId, from, to, cseq, cseqMethod, viaBranch, contact, (Extra) null);
    }

    /** The REFER's transfer target; null on other requests. */
    public SipUri referTo() {
        return extra == null ? null : extra.referTo;
    }

    /** RFC 3326 Reason; null unless a BYE ends a call abnormally. */
    public String reason() {
        return extra == null ? null : extra.reason;
    }

    /** The seconds of a 503's Retry-After; 0 otherwise. */
    public long retryAfter() {
        return extra == null ? 0 : extra.retryAfter;
    }

    public SipHeaders withReferTo(SipUri target) {
        return new SipHeaders(callId, from, to, cseq, cseqMethod, viaBranch, contact, target, reason(), retryAfter());
    }

    public SipHeaders withReason(String why) {
        return new SipHeaders(callId, from, to, cseq, cseqMethod, viaBranch, contact, referTo(), why, retryAfter());
    }

    public SipHeaders withRetryAfter(long seconds) {
        return new SipHeaders(callId, from, to, cseq, cseqMethod, viaBranch, contact, referTo(), reason(), seconds);
    }
}
