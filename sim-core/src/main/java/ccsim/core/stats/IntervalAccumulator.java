package ccsim.core.stats;

/**
 * A quantity that changes at points in time (busy ports, calls in queue), integrated per interval:
 * its time average and its maximum in each interval of a grid. Updates must come in time order.
 */
public final class IntervalAccumulator {
    private final IntervalGrid grid;
    private final double[] integral;
    private final double[] max;
    private double value;
    private double since;

    public IntervalAccumulator(IntervalGrid grid) {
        this.grid = grid;
        this.integral = new double[grid.count()];
        this.max = new double[grid.count() + 1];
    }

    /** The quantity becomes {@code newValue} at time {@code t}. */
    public void update(double t, double newValue) {
        advance(t);
        value = newValue;
        int i = slot(t);
        max[i] = Math.max(max[i], newValue);
    }

    /**
     * The interval of {@code t}, or for a time past the grid (calls draining after the horizon) the
     * spare slot after it, never read. No branch decides it: the JIT compiles a branch that never
     * went one way into a trap, and this one first goes the other way at the end of the first
     * replication, where it would deoptimize every handler that inlines an update.
     */
    private int slot(double t) {
        return (int) Math.min(grid.count(), Math.max(0, Math.floor(t / grid.length())));
    }

    private double end() {
        return grid.start(grid.count() - 1) + grid.length();
    }

    private void advance(double t) {
        double end = Math.min(t, end());
        while (since < end) {
            int i = grid.index(since);
            double stop = Math.min(end, grid.start(i) + grid.length());
            integral[i] += value * (stop - since);
            max[i] = Math.max(max[i], value);
            since = stop;
        }
        since = Math.max(since, t);
    }

    /** Time average in interval {@code i}, once time has passed it (see {@link #closeAt}). */
    public double average(int i) {
        return integral[i] / grid.length();
    }

    public double max(int i) {
        return max[i];
    }

    /** Integrates up to time {@code t} (the end of the grid): call before reading. */
    public void closeAt(double t) {
        advance(t);
    }

    public IntervalGrid grid() {
        return grid;
    }
}
