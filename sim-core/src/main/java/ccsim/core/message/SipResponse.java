package ccsim.core.message;

/**
 * A SIP response to the request whose headers are {@code requestHeaders}: it copies them (Via, From,
 * Call-ID, CSeq) but To, which is {@code to} (the request's own, or tagged by the responder), and Contact, the
 * responder's; a 503 may carry Retry-After ({@code retryAfter} seconds, 0 when absent).
 *
 * <p>It keeps a reference to the request's headers instead of a copy of its own: responses are a third
 * of a busy day's events, and the copy was 56 bytes on each. {@link #headers()} puts the response's
 * headers together when asked; a handler reads a field of them from the response itself ({@link #callId()},
 * {@link #cseqMethod()}, {@link #to()}, ...), with nothing made.
 */
public record SipResponse(int status, SipHeaders requestHeaders, NameAddr to, SipUri contact, long retryAfter,
                          SipBody body, long call) implements Message {

    /** A response without Retry-After. */
    public SipResponse(int status, SipHeaders requestHeaders, NameAddr to, SipUri contact, SipBody body, long call) {
        this(status, requestHeaders, to, contact, 0, body, call);
    }

    /** The response's headers: the request's, with this response's To, Contact and Retry-After. */
    public SipHeaders headers() {
        SipHeaders q = requestHeaders;
        return new SipHeaders(q.callId(), q.from(), to, q.cseq(), q.cseqMethod(), q.viaBranch(), contact, null, null,
                retryAfter);
    }

    // the request's headers that a response copies, read without putting the response's headers together

    public long callId() {
        return requestHeaders.callId();
    }

    public long cseq() {
        return requestHeaders.cseq();
    }

    public SipMethod cseqMethod() {
        return requestHeaders.cseqMethod();
    }

    public long viaBranch() {
        return requestHeaders.viaBranch();
    }

    /** The same response asking the client to wait {@code seconds} (Retry-After). */
    public SipResponse withRetryAfter(long seconds) {
        return new SipResponse(status, requestHeaders, to, contact, seconds, body, call);
    }

    /** True for 1xx. */
    public boolean provisional() {
        return status < 200;
    }

    public String reason() {
        return SipStatus.reason(status);
    }

    @Override
    public String label() {
        return status + " " + reason();
    }
}
