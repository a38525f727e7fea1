package ccsim.model.caller;

import ccsim.model.CallPhase;
import java.util.ArrayList;
import java.util.List;

/**
 * The failed calls by the phase they failed in, when they failed, and how soon after an outage began
 * callers were answered again: the gateway's record for judging faults.
 */
public final class LossLedger {
    private final long[] observedByPhase = new long[CallPhase.values().length];
    private final List<Double> failureTimes = new ArrayList<>();
    private final List<Double> watchedSince = new ArrayList<>();
    private final List<Double> recoveredAfter = new ArrayList<>();
    private int openWatches;

    void failed(CallPhase phase, boolean observed, double at) {
        if (observed) {
            observedByPhase[phase.ordinal()]++;
        }
        failureTimes.add(at);
    }

    /** A caller placed at {@code placedAt} was answered at {@code now}: it ends the watches begun by then. */
    void answered(double placedAt, double now) {
        if (openWatches == 0) {
            return;
        }
        for (int k = 0; k < watchedSince.size(); k++) {
            if (Double.isNaN(recoveredAfter.get(k)) && placedAt >= watchedSince.get(k)) {
                recoveredAfter.set(k, now - watchedSince.get(k));
                openWatches--;
            }
        }
    }

    /**
     * Starts timing a recovery at {@code since}: it ends when a caller placed at or after it is answered.
     *
     * @return the watch's number for {@link #recoveryTime}
     */
    public int watchRecovery(double since) {
        watchedSince.add(since);
        recoveredAfter.add(Double.NaN);
        openWatches++;
        return watchedSince.size() - 1;
    }

    /** From the watch's start to the first answer of a caller placed after it; NaN if none was answered. */
    public double recoveryTime(int watch) {
        return recoveredAfter.get(watch);
    }

    /** Failed calls of the observed window that failed in {@code phase}. */
    public long failedIn(CallPhase phase) {
        return observedByPhase[phase.ordinal()];
    }

    /** Failed calls, observed or not, that failed in {@code [from, to)}. */
    public long failedBetween(double from, double to) {
        return failureTimes.stream().filter(t -> t >= from && t < to).count();
    }
}
