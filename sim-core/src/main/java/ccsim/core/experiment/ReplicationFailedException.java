package ccsim.core.experiment;

/** A replication threw; carries its index so the failure can be reproduced alone. */
public final class ReplicationFailedException extends RuntimeException {
    private final int replication;

    public ReplicationFailedException(int replication, Throwable cause) {
        super("replication " + replication + " failed: " + cause, cause);
        this.replication = replication;
    }

    public int replication() {
        return replication;
    }
}
