package ccsim.core.message;

/** A SIP request. {@code body} is an SDP offer, a dialog-info notification, or null. */
public record SipRequest(SipMethod method, String requestUri, SipHeaders headers, SipBody body,
                         long call) implements Message {

    /** The same request with an RFC 3326 Reason header. */
    public SipRequest withReason(String reason) {
        return new SipRequest(method, requestUri, headers.withReason(reason), body, call);
    }

    @Override
    public String label() {
        return method.name();
    }
}
