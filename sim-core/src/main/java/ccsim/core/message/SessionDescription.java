package ccsim.core.message;

import ccsim.core.network.Address;

/**
 * An SDP offer or answer: the media address, the {@link MediaScript} standing for what will happen on
 * that media stream (what the caller will say and press), which only the simulation sees, and whether
 * the sender puts the stream on hold (RFC 3264 a=sendonly).
 */
public record SessionDescription(String connectionAddress, int mediaPort, MediaScript script, boolean hold)
        implements SipBody {

    /** An active stream (a=sendrecv). */
    public SessionDescription(String connectionAddress, int mediaPort, MediaScript script) {
        this(connectionAddress, mediaPort, script, false);
    }

    /** Where the stream's media goes: the connection address and media port. */
    public Address mediaAddress() {
        return new Address(connectionAddress, mediaPort);
    }
}
