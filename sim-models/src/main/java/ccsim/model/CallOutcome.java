package ccsim.model;

/** How a call ended. Every call ends in exactly one. */
public enum CallOutcome {
    SERVED_BY_IVR("served by IVR"),
    SERVED_BY_AGENT("served by agent"),
    ABANDONED("abandoned"),
    BLOCKED("blocked"),
    FAILED("failed"),
    /** GVP 7.5 released the call, in a bridged conversation, when the agent put it on hold (guide ch.1 "Limitations"). */
    RELEASED_BY_GVP("released by GVP");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
