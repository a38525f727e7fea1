package ccsim.core.message;

/** A SIP request. {@code body} is the SDP offer, or null. */
public record SipRequest(SipMethod method, String requestUri, SipHeaders headers, SessionDescription body,
                         long call) implements Message {

    @Override
    public String label() {
        return method.name();
    }
}
