package ccsim.core.experiment;

/** How far one replication has got, written by the replication, read by a progress display. */
public final class Progress {
    private volatile double fraction;

    /** Reports the fraction done, between 0 and 1. */
    public void report(double done) {
        fraction = Math.max(0, Math.min(1, done));
    }

    public double fraction() {
        return fraction;
    }
}
