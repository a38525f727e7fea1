package ccsim.model.config;

/** How SIP messages travel (RFC 3261 §18): UDP needs the transaction layer's retransmissions, TCP does not. */
public enum SipTransport {
    UDP,
    TCP
}
