package ccsim.model.caller;

import ccsim.model.CallOutcome;
import ccsim.model.OutcomeReason;
import ccsim.core.stats.Histogram;
import ccsim.core.stats.IntervalGrid;
import umontreal.ssj.stat.Tally;

/**
 * Counts calls and their outcomes as the caller sees them. Calls that arrive inside the observed
 * window are counted for the measures; all calls are counted for conservation checks.
 */
public final class CallLedger {
    private final IntervalGrid grid;
    private final double[] offeredIn;
    private final double[] blockedIn;
    private final double[] failedIn;
    private final double[] answeredIn;
    private final double[] withinThresholdIn;
    private final double[] abandonedIn;
    private final double[] shortAbandonedIn;
    private final double[] waitIn;
    private final double[] servedIn;
    private final double[] postDialDelayIn;
    private final double[] connectedIn;
    private final long[] observedOutcomes = new long[CallOutcome.values().length];
    private final long[] allOutcomes = new long[CallOutcome.values().length];
    private final long[] observedReasons = new long[OutcomeReason.values().length];
    /** Per call type: observed attempts (first calls and redials), and observed outcomes. */
    private final long[] observedAttemptsOfType;
    private final long[][] observedOutcomesOfType;
    private final Tally postDialDelay = new Tally("post-dial delay");
    private double connectedSeconds;
    /** Post-dial delays in 20 ms bins up to 4 s (the last bin holds anything longer). */
    private final long[] postDialDelayBins = new long[200];
    private final Tally speedOfAnswer = new Tally("speed of answer");
    private long observedOffered;
    private long observedRedials;
    private long allAttempts;
    private long wantedAgent;
    private long refusedAtEntry;
    private long answeredWithinThreshold;
    private double abandonedWaiting;
    /** Observed callers who hung up waiting for an agent (not those lost waiting for a port). */
    private long abandonedInQueue;
    /** Observed callers who hung up waiting for an agent within the rule's short-abandon time. */
    private long shortAbandoned;
    private final ServiceLevelRule serviceLevel;
    private double waitingAllTime;
    private double selfServiceAllTime;
    private double talkAllTime;

    /** Counts per interval of arrival follow {@code grid}; service level is counted by {@code serviceLevel}. */
    public CallLedger(IntervalGrid grid, int callTypes, ServiceLevelRule serviceLevel) {
        this.grid = grid;
        this.serviceLevel = serviceLevel;
        shortAbandonedIn = new double[grid.count()];
        observedAttemptsOfType = new long[callTypes];
        observedOutcomesOfType = new long[callTypes][CallOutcome.values().length];
        offeredIn = new double[grid.count()];
        blockedIn = new double[grid.count()];
        failedIn = new double[grid.count()];
        answeredIn = new double[grid.count()];
        withinThresholdIn = new double[grid.count()];
        abandonedIn = new double[grid.count()];
        waitIn = new double[grid.count()];
        servedIn = new double[grid.count()];
        postDialDelayIn = new double[grid.count()];
        connectedIn = new double[grid.count()];
    }

    /** A call placed: a caller's first attempt, or a redial of a caller blocked or abandoned before. */
    void attempt(boolean observed, int interval, boolean redial, int type) {
        allAttempts++;
        if (observed) {
            observedAttemptsOfType[type]++;
        }
        if (redial) {
            if (observed) {
                observedRedials++;
            }
            return;
        }
        offeredIn[interval]++;
        if (observed) {
            observedOffered++;
        }
    }

    void ended(OutcomeReason reason, boolean observed, int interval, int type) {
        CallOutcome outcome = reason.outcome();
        if (observed) {
            observedReasons[reason.ordinal()]++;
            observedOutcomesOfType[type][outcome.ordinal()]++;
        }
        if (outcome == CallOutcome.SERVED_BY_IVR || outcome == CallOutcome.SERVED_BY_AGENT) {
            servedIn[interval]++;
        }
        if (outcome == CallOutcome.BLOCKED) {
            blockedIn[interval]++;
        } else if (outcome == CallOutcome.FAILED) {
            failedIn[interval]++;
        }
        allOutcomes[outcome.ordinal()]++;
        if (observed) {
            observedOutcomes[outcome.ordinal()]++;
        }
    }

    void answered(double postDialDelaySeconds, boolean observed, int interval) {
        postDialDelayIn[interval] += postDialDelaySeconds;
        connectedIn[interval]++;
        if (observed) {
            postDialDelay.add(postDialDelaySeconds);
            postDialDelayBins[(int) Math.min(postDialDelayBins.length - 1, postDialDelaySeconds / 0.02)]++;
        }
    }

    void refusedAtEntry(boolean observed) {
        if (observed) {
            refusedAtEntry++;
        }
    }

    void wantedAgent(boolean observed) {
        if (observed) {
            wantedAgent++;
        }
    }

    void selfServiceStarted(double selfServiceSeconds) {
        selfServiceAllTime += selfServiceSeconds;
    }

    void agentAnswered(double wait, double talkSeconds, boolean observed, int interval) {
        double threshold = serviceLevel.thresholdSeconds();
        waitingAllTime += wait;
        talkAllTime += talkSeconds;
        answeredIn[interval]++;
        waitIn[interval] += wait;
        if (wait <= threshold) {
            withinThresholdIn[interval]++;
        }
        if (observed) {
            speedOfAnswer.add(wait);
            if (wait <= threshold) {
                answeredWithinThreshold++;
            }
        }
    }

    /** A caller waiting for an agent hung up after {@code wait} seconds in queue. */
    void abandoned(double wait, boolean observed, int interval) {
        waitingAllTime += wait;
        abandonedIn[interval]++;
        boolean isShort = wait <= serviceLevel.shortAbandonSeconds();
        if (isShort) {
            shortAbandonedIn[interval]++;
        }
        if (observed) {
            abandonedWaiting += wait;
            abandonedInQueue++;
            shortAbandoned += isShort ? 1 : 0;
        }
    }

    /** Calls that arrived in each interval. */
    public double[] offeredPerInterval() {
        return offeredIn.clone();
    }

    /** Goodput: calls that arrived in each interval and were served (by the IVR or an agent). */
    public double[] servedPerInterval() {
        return servedIn.clone();
    }

    /** Per interval of arrival: mean post-dial delay of the calls answered (NaN if none). */
    public double[] postDialDelayPerInterval() {
        return shares(postDialDelayIn, connectedIn);
    }

    /** Calls that arrived in each interval and were blocked. */
    public double[] blockedPerInterval() {
        return blockedIn.clone();
    }

    /** Calls that arrived in each interval and failed (a fault, a timeout, a misconfiguration). */
    public double[] failedPerInterval() {
        return failedIn.clone();
    }

    /** Per interval of arrival: blocked among offered (NaN if none arrived). */
    public double[] blockingPerInterval() {
        return shares(blockedIn, offeredIn);
    }

    /** Per interval of arrival: answered within the threshold over the rule's base (NaN if none). */
    public double[] serviceLevelPerInterval() {
        double[] base = new double[grid.count()];
        for (int i = 0; i < base.length; i++) {
            base[i] = serviceLevel.base(answeredIn[i], abandonedIn[i], shortAbandonedIn[i]);
        }
        return shares(withinThresholdIn, base);
    }

    /** Per interval of arrival: mean wait of the calls an agent answered (NaN if none). */
    public double[] averageSpeedOfAnswerPerInterval() {
        return shares(waitIn, answeredIn);
    }

    /** Per interval of arrival: abandoned among answered and abandoned (NaN if none). */
    public double[] abandonmentPerInterval() {
        return shares(abandonedIn, answeredOrAbandonedIn());
    }

    private double[] answeredOrAbandonedIn() {
        double[] sum = new double[grid.count()];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = answeredIn[i] + abandonedIn[i];
        }
        return sum;
    }

    /** part[i] / whole[i] for each interval, NaN where the whole is zero. */
    private static double[] shares(double[] part, double[] whole) {
        double[] out = new double[whole.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = whole[i] == 0 ? Double.NaN : part[i] / whole[i];
        }
        return out;
    }

    public IntervalGrid grid() {
        return grid;
    }

    /** Seconds of self-service of all answered callers of the run, as their scripts say. */
    public double selfServiceAllTime() {
        return selfServiceAllTime;
    }

    /** Seconds of conversation of all callers an agent answered, as their scripts say. */
    public double talkAllTime() {
        return talkAllTime;
    }

    /** A counted call's connected time at the gateway, from its answer to its end. */
    void connected(double seconds, boolean observed) {
        if (observed) {
            connectedSeconds += seconds;
        }
    }

    /** Minutes the counted calls were connected at the gateway: the trunk minutes a carrier bills. */
    public double trunkMinutes() {
        return connectedSeconds / 60;
    }

    /** Seconds all callers of the run, warm-up included, spent waiting for an agent. */
    public double waitingAllTime() {
        return waitingAllTime;
    }

    /** Observed calls refused before they were answered: no IPCS port (or route) for them. */
    public long refusedAtEntry() {
        return refusedAtEntry;
    }

    /** Observed callers who asked for an agent after self-service. */
    public long wantedAgent() {
        return wantedAgent;
    }

    /** Average speed of answer: mean wait of the calls an agent answered; NaN if none. */
    public double averageSpeedOfAnswer() {
        return speedOfAnswer.numberObs() == 0 ? Double.NaN : speedOfAnswer.average();
    }

    /**
     * Share of callers answered by an agent within the threshold, over the callers the rule's definition
     * names (by default those answered and those who hung up waiting); NaN if there were none.
     */
    public double serviceLevel() {
        double base = serviceLevel.base(speedOfAnswer.numberObs(), abandonedInQueue, shortAbandoned);
        return base == 0 ? Double.NaN : answeredWithinThreshold / base;
    }

    /**
     * Share of the callers who waited for an agent that hung up before one answered: abandoned over
     * answered and abandoned, as per interval. A caller blocked at entry or lost before it asked never
     * waited for an agent and is in neither; NaN if none waited.
     */
    public double abandonmentRate() {
        long base = speedOfAnswer.numberObs() + abandonedInQueue;
        return base == 0 ? Double.NaN : (double) abandonedInQueue / base;
    }

    /**
     * Mean time in queue of every caller who asked for an agent and got one or gave up (Little's law
     * counts both); NaN if none.
     */
    public double meanTimeWaiting() {
        long n = speedOfAnswer.numberObs() + abandonedInQueue;
        return n == 0 ? Double.NaN : (speedOfAnswer.sum() + abandonedWaiting) / n;
    }

    /** Observed callers: first attempts only. */
    public long offered() {
        return observedOffered;
    }

    /** Observed attempts of call type {@code type}, first calls and redials. */
    public long attemptsOfType(int type) {
        return observedAttemptsOfType[type];
    }

    /** Observed calls of call type {@code type} that ended in {@code outcome}. */
    public long countOfType(int type, CallOutcome outcome) {
        return observedOutcomesOfType[type][outcome.ordinal()];
    }

    /** Observed calls that ended for {@code reason}. */
    public long count(OutcomeReason reason) {
        return observedReasons[reason.ordinal()];
    }

    public long count(CallOutcome outcome) {
        return observedOutcomes[outcome.ordinal()];
    }

    /** Calls placed at any time, warm-up and redials included: each ends once. */
    public long attemptsAllTime() {
        return allAttempts;
    }

    /** Observed redials: calls of callers trying again, not new callers. */
    public long redials() {
        return observedRedials;
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

    /** The post-dial delays of observed answered calls, in 20 ms bins. */
    public Histogram postDialDelayHistogram() {
        return new Histogram("post-dial delay", "s", 0.02, postDialDelayBins);
    }

    /** Mean post-dial delay (INVITE sent to 200 OK received) of observed answered calls; NaN if none. */
    public double meanPostDialDelay() {
        return postDialDelay.numberObs() == 0 ? Double.NaN : postDialDelay.average();
    }
}
