package ccsim.core.message;

/**
 * An SDP offer or answer: the media address, and the {@link MediaScript} standing for what will
 * happen on that media stream (what the caller will say and press), which only the simulation sees.
 */
public record SessionDescription(String connectionAddress, int mediaPort, MediaScript script) implements SipBody {
}
