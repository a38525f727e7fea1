package ccsim.core.resource;

import ccsim.core.engine.Engine;
import ccsim.core.stats.IntervalAccumulator;
import ccsim.core.stats.IntervalGrid;
import umontreal.ssj.simevents.Accumulate;

/**
 * A counted resource (IPCS ports, Stream Manager ports) with a time-weighted busy count and its peak.
 * Statistics cover the interval from {@link #startObservation()} to {@link #endObservation()}.
 */
public final class CountedPool {
    private final Engine engine;
    private final String name;
    private final int capacity;
    private final Accumulate busyOverTime;
    private int busy;
    private int peak;
    private double observedMean = Double.NaN;
    private int observedPeak;
    private double lifetimeIntegral;
    private double lastChange;
    private IntervalAccumulator perInterval;

    public CountedPool(Engine engine, String name, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException(name + ": capacity must be >= 0, was " + capacity);
        }
        this.engine = engine;
        this.name = name;
        this.capacity = capacity;
        this.busyOverTime = new Accumulate(engine.simulator(), name);
        busyOverTime.init(0);
    }

    /** Takes one unit if one is free. */
    public boolean tryAcquire() {
        if (busy >= capacity) {
            return false;
        }
        accrue();
        busy++;
        peak = Math.max(peak, busy);
        busyOverTime.update(busy);
        recordInterval();
        return true;
    }

    public void release() {
        if (busy == 0) {
            throw new IllegalStateException(name + ": release with nothing busy at t=" + engine.now());
        }
        accrue();
        busy--;
        busyOverTime.update(busy);
        recordInterval();
    }

    private void accrue() {
        lifetimeIntegral += busy * (engine.now() - lastChange);
        lastChange = engine.now();
    }

    private void recordInterval() {
        if (perInterval != null) {
            perInterval.update(engine.now(), busy);
        }
    }

    /** Also keeps the busy count's average and peak per interval of {@code grid}. */
    public void trackIntervals(IntervalGrid grid) {
        perInterval = new IntervalAccumulator(grid);
        perInterval.update(engine.now(), busy);
    }

    /** The per-interval record, or null when {@link #trackIntervals} was not called. */
    public IntervalAccumulator intervals() {
        return perInterval;
    }

    /** Unit-seconds of use since the start of the run, warm-up and drain included. */
    public double lifetimeBusySeconds() {
        return lifetimeIntegral + busy * (engine.now() - lastChange);
    }

    public int busy() {
        return busy;
    }

    public int free() {
        return capacity - busy;
    }

    public int capacity() {
        return capacity;
    }

    public String name() {
        return name;
    }

    /** Restarts the statistics at the current time (end of warm-up). */
    public void startObservation() {
        busyOverTime.init(busy);
        peak = busy;
    }

    /** Freezes the statistics at the current time (end of the observed horizon). */
    public void endObservation() {
        busyOverTime.update(busy);
        double span = engine.now() - busyOverTime.getInitTime();
        observedMean = span > 0 ? busyOverTime.sum() / span : busy;
        observedPeak = peak;
    }

    /** Time-average of busy units over the observed interval. */
    public double meanBusy() {
        requireObserved();
        return observedMean;
    }

    /** Most units busy at once during the observed interval. */
    public int peakBusy() {
        requireObserved();
        return observedPeak;
    }

    private void requireObserved() {
        if (Double.isNaN(observedMean)) {
            throw new IllegalStateException(name + ": endObservation() was not called");
        }
    }
}
