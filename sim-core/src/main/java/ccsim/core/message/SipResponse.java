package ccsim.core.message;

/** A SIP response to the request whose transaction {@code headers} name. */
public record SipResponse(int status, SipHeaders headers, SipBody body, long call) implements Message {

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
