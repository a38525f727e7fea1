package ccsim.core.stats;

/** Equal intervals from time 0 (e.g. 15 or 30 minutes) covering a horizon. */
public record IntervalGrid(double length, int count) {

    public IntervalGrid {
        if (!(length > 0) || count < 1) {
            throw new IllegalArgumentException("interval length must be > 0 and count >= 1: " + length + ", " + count);
        }
    }

    /** The grid of intervals of {@code length} seconds over {@code horizon} seconds (the last may be shorter). */
    public static IntervalGrid covering(double horizon, double length) {
        return new IntervalGrid(length, (int) Math.max(1, Math.ceil(horizon / length - 1e-9)));
    }

    /** The interval holding time {@code t}; times past the grid belong to its last interval. */
    public int index(double t) {
        return (int) Math.min(count - 1, Math.max(0, Math.floor(t / length)));
    }

    public double start(int interval) {
        return interval * length;
    }
}
