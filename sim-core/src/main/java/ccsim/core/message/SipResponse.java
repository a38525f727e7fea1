package ccsim.core.message;

/** A SIP response to the request whose transaction {@code headers} name. */
public record SipResponse(int status, SipHeaders headers, SipBody body, long call) implements Message {

    /** The same response asking the client to wait {@code seconds} (Retry-After). */
    public SipResponse withRetryAfter(long seconds) {
        return new SipResponse(status, headers.withRetryAfter(seconds), body, call);
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
