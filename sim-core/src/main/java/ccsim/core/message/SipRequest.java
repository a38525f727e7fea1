package ccsim.core.message;

/**
 * A SIP request. {@code body} is an SDP offer, a dialog-info notification, or null. A copy sent again
 * by the transaction layer is marked a {@code retransmission} (on the wire it is the same request).
 */
public record SipRequest(SipMethod method, String requestUri, SipHeaders headers, SipBody body,
                         long call, boolean retransmission) implements Message {

    public SipRequest(SipMethod method, String requestUri, SipHeaders headers, SipBody body, long call) {
        this(method, requestUri, headers, body, call, false);
    }

    /** This request as the transaction layer sends it again. */
    public SipRequest retransmitted() {
        return new SipRequest(method, requestUri, headers, body, call, true);
    }

    /** The same request with an RFC 3326 Reason header. */
    public SipRequest withReason(String reason) {
        return new SipRequest(method, requestUri, headers.withReason(reason), body, call, retransmission);
    }

    @Override
    public String label() {
        return method.name();
    }
}
