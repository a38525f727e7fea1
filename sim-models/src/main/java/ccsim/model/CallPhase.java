package ccsim.model;

/** Where a call was when it failed, as the caller experienced it. */
public enum CallPhase {
    /** Not answered yet. */
    SETUP("setup"),
    /** In the self-service application. */
    SELF_SERVICE("self-service"),
    /** Waiting for an agent. */
    QUEUED("queued"),
    /** Talking to an agent. */
    TALKING("talking");

    private final String label;

    CallPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
