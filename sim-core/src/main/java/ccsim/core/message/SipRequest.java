package ccsim.core.message;

/** A SIP request. {@code body} is an SDP offer, a dialog-info notification, or null. */
public record SipRequest(SipMethod method, String requestUri, SipHeaders headers, SipBody body,
                         long call) implements Message {

    @Override
    public String label() {
        return method.name();
    }
}
