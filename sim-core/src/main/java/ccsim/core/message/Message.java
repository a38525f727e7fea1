package ccsim.core.message;

/**
 * What one entity says to another: a SIP request or response, a CTI (T-Library style) message, or
 * an IVR Server protocol message, or a media event standing for RTP.
 * Messages are small immutable records; where and when they travel is recorded by the network's
 * {@link ccsim.core.network.Delivery}. Full SIP text is rendered only when a trace asks for it.
 */
public sealed interface Message permits SipRequest, SipResponse, CtiMessage, IvrMessage, MediaEvent {

    /** The number of the simulated call this message belongs to (0 for none), for trace selection. */
    long call();

    /** A short label for ladder diagrams: the SIP method, the status line, or the CTI event name. */
    String label();
}
