package ccsim.model.config;

/**
 * How GVP hands a caller who asks for an agent to SIP Server's agent Routing Point (guide ch.1, note
 * on the Behind transfer methods).
 */
public enum TransferMethod {
    /** The IPCS sends a REFER (Transfer on Platform); SIP Server performs it as a single-step transfer. */
    REFER,
    /** GVP asks IVR Server, which requests a TSingleStepTransfer from SIP Server. */
    IVR_SERVER,
    /**
     * The IPCS calls the Routing Point itself and bridges the caller to that call: GVP stays in the
     * call path and its port is held through the wait and the conversation.
     */
    BRIDGED
}
