package ccsim.model.caller;

import ccsim.model.CallOutcome;
import umontreal.ssj.stat.Tally;

/**
 * Counts calls and their outcomes as the caller sees them. Calls that arrive inside the observed
 * window are counted for the measures; all calls are counted for conservation checks.
 */
public final class CallLedger {
    private final long[] observedOutcomes = new long[CallOutcome.values().length];
    private final long[] allOutcomes = new long[CallOutcome.values().length];
    private final Tally postDialDelay = new Tally("post-dial delay");
    private long observedOffered;
    private long allOffered;

    void offered(boolean observed) {
        allOffered++;
        if (observed) {
            observedOffered++;
        }
    }

    void ended(CallOutcome outcome, boolean observed) {
        allOutcomes[outcome.ordinal()]++;
        if (observed) {
            observedOutcomes[outcome.ordinal()]++;
        }
    }

    void answered(double postDialDelaySeconds, boolean observed) {
        if (observed) {
            postDialDelay.add(postDialDelaySeconds);
        }
    }

    public long offered() {
        return observedOffered;
    }

    public long count(CallOutcome outcome) {
        return observedOutcomes[outcome.ordinal()];
    }

    /** Calls that arrived at any time, including the warm-up. */
    public long offeredAllTime() {
        return allOffered;
    }

    /** Calls of any arrival time that ended with {@code outcome}. */
    public long countAllTime(CallOutcome outcome) {
        return allOutcomes[outcome.ordinal()];
    }

    /** Calls of any arrival time that have ended. */
    public long endedAllTime() {
        long sum = 0;
        for (long c : allOutcomes) {
            sum += c;
        }
        return sum;
    }

    /** Mean post-dial delay (INVITE sent to 200 OK received) of observed answered calls; NaN if none. */
    public double meanPostDialDelay() {
        return postDialDelay.numberObs() == 0 ? Double.NaN : postDialDelay.average();
    }
}
