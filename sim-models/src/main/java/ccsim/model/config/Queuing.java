package ccsim.model.config;

/** Where callers wait for an agent (guide ch.1, "Call Delivery to an Agent"). */
public enum Queuing {
    /** The routing block queues on a Virtual Routing Point; the IPCS port plays the treatment. */
    GVP,
    /** GVP transfers the call to a Routing Point; a Stream Manager port plays the treatment. */
    STREAM_MANAGER
}
