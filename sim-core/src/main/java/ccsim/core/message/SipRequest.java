package ccsim.core.message;

/**
 * A SIP request. {@code body} is an SDP offer, a dialog-info notification, or null. A copy sent again
 * by the transaction layer carries the time the original was sent ({@code originalSentAt}; NaN on an
 * original); on the wire it is the same request.
 */
public record SipRequest(SipMethod method, SipUri requestUri, SipHeaders headers, SipBody body,
                         long call, double originalSentAt) implements Message {

    public SipRequest(SipMethod method, SipUri requestUri, SipHeaders headers, SipBody body, long call) {
        this(method, requestUri, headers, body, call, Double.NaN);
    }

    /** This request as the transaction layer sends it again; the original went at {@code sentAt}. */
    public SipRequest retransmitted(double sentAt) {
        return new SipRequest(method, requestUri, headers, body, call, sentAt);
    }

    public boolean retransmission() {
        return !Double.isNaN(originalSentAt);
    }

    /** The same request with an RFC 3326 Reason header. */
    public SipRequest withReason(String reason) {
        return new SipRequest(method, requestUri, headers.withReason(reason), body, call, originalSentAt);
    }

    @Override
    public String label() {
        return method.name();
    }
}
