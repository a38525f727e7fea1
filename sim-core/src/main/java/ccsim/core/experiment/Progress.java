package ccsim.core.experiment;

/** How far one replication has got, written by the replication, read by a progress display. */
public final class Progress {
    /** The display shows whole percents: a thousandth is finer than any reader needs. */
    private static final double STEP = 0.001;
    private volatile double fraction;
    /** The last value written, the replication's own copy: reading it needs no fence. */
    private double written;

    /**
     * Reports the fraction done, between 0 and 1. A busy day reports once per arrival, half a million
     * times: each volatile write is a fence, and two replications' objects, made side by side, may
     * share a cache line that their cores would pass back and forth. So it writes only a change of a
     * thousandth or more, a step back, or the end.
     */
    public void report(double done) {
        double d = Math.max(0, Math.min(1, done));
        if (d - written >= STEP || d < written || (d == 1 && written != 1)) {
            written = d;
            fraction = d;
        }
    }

    public double fraction() {
        return fraction;
    }
}
