package ccsim.scenario;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A staffing profile, interval by interval, that meets a target in every interval that can meet it: how
 * many agents each interval needs given the staffing of the others (an interval inherits the backlog the
 * previous ones leave). Each round runs the whole day once with every interval's own value, and changes
 * only the intervals whose verdict says so: fewer where the target is met, more where it is missed, by a
 * step the size of a formula's likely error then galloping until the other verdict is seen, then
 * bisecting between the two. An interval whose
 * one-fewer value the interval cannot
 * decide keeps the value that meets, and reports both: the range it could not separate. The search stops
 * when a round changes nothing; a last run of the answer confirms every interval's verdict.
 */
public final class ProfileSearch {
    /** How an interval's answer stands. */
    public enum Status {
        /** The answer meets the target and one fewer misses it. */
        DECIDED,
        /** The answer meets the target; one fewer might too, the interval cannot tell. */
        UNDECIDED_BELOW,
        /**
         * The answer meets the target; the rounds ran out before the values between the fewest not seen to
         * miss and the answer were told apart (each was judged with other intervals staffed differently).
         */
        UNSETTLED,
        /** No caller asked for an agent in the interval: the target has nothing to judge. */
        NO_CALLS,
        /** The most allowed does not meet the target. */
        OUT_OF_REACH,
        /**
         * The confirming run does not meet the target here: the interval cannot decide at the answer, or the
         * others' final staffing left it a different backlog.
         */
        UNCONFIRMED
    }

    /** One interval's answer: the agents, the fewest that may meet (the same when decided), and its status. */
    public record IntervalAnswer(int interval, int agents, int fewest, Status status) {
    }

    /** One run of the day: the profile and each interval's estimate (no replications: no calls). */
    public record Round(List<Integer> profile, List<Estimate> estimates) {
    }

    /** The answer, each interval's status, every round in order, and the confirming run of the answer. */
    public record Result(List<Integer> profile, List<IntervalAnswer> answers, List<Round> rounds, Round confirmation) {
    }

    /** Runs the day with the profile, returning the target's estimate in each interval. */
    @FunctionalInterface
    public interface Evaluate {
        List<Estimate> run(List<Integer> profile);
    }

    /**
     * The most rounds a search makes. From an analytic start most intervals settle within a few; the last
     * rounds only move a handful of intervals by one as their neighbours' backlogs shift, and each costs a
     * whole day's run, so the few left then are reported as the range they could not separate.
     */
    static final int MAX_ROUNDS = 12;

    /** The most confirming runs that raise the intervals a confirming run leaves unmet. */
    static final int CONFIRMATIONS = 3;

    private ProfileSearch() {
    }

    private static int firstStep(int agents) {
        return Math.max(1, (int) Math.round(Math.sqrt(agents) / 2));
    }

    public static Result search(SizingTarget target, List<Integer> start, int max, Evaluate evaluate) {
        int n = start.size();
        List<Integer> x = new ArrayList<>(start.stream().map(v -> Math.max(0, Math.min(max, v))).toList());
        int[] lo = new int[n];            // the largest value seen to miss (-1: none yet)
        int[] hi = new int[n];            // the smallest value seen to meet (0: none yet)
        int[] up = new int[n];            // the next step up after a miss, doubling while misses continue
        int[] down = new int[n];          // the next step down after a meet, doubling while meets continue
        boolean[] undecidedBelow = new boolean[n];
        boolean[] loMissed = new boolean[n];     // whether lo was seen to miss (rather than to be undecided)
        Arrays.fill(lo, -1);
        for (int j = 0; j < n; j++) {
            // the first step is the size of a formula's likely error, which grows as the square root of the
            // agents (square-root staffing): 7 at 200 agents, 19 at 1,400, 1 below 9
            up[j] = firstStep(x.get(j));
            down[j] = firstStep(x.get(j));
        }
        List<Round> rounds = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Estimate> est = evaluate.run(List.copyOf(x));
            rounds.add(new Round(List.copyOf(x), est));
            boolean changed = false;
            for (int j = 0; j < n; j++) {
                Estimate e = est.get(j);
                if (e.replications() == 0 || Double.isNaN(e.mean())) {
                    continue;
                }
                int v = x.get(j);
                Bound.Verdict verdict = target.judge(e);
                int next = v;
                if (verdict == Bound.Verdict.MET) {
                    hi[j] = v;
                    up[j] = firstStep(v);
                    if (lo[j] >= 0) {
                        next = v - lo[j] > 1 ? (lo[j] + v) / 2 : v;
                    } else if (v > 1) {
                        next = Math.max(1, v - down[j]);
                        down[j] *= 2;
                    }
                } else if (verdict == Bound.Verdict.UNDECIDED && hi[j] == v + 1) {
                    // the value below an answer that meets: the interval cannot separate them; keep the one that meets
                    undecidedBelow[j] = true;
                    lo[j] = v;
                    loMissed[j] = false;
                    next = hi[j];
                } else {
                    if (verdict == Bound.Verdict.MISSED && hi[j] == v + 1) {
                        undecidedBelow[j] = false;  // one fewer than the answer is now seen to miss
                    }
                    if (v >= lo[j]) {
                        lo[j] = v;
                        loMissed[j] = verdict == Bound.Verdict.MISSED;
                    }
                    down[j] = firstStep(v);
                    if (hi[j] > v) {
                        next = hi[j] - v > 1 ? (v + hi[j]) / 2 : hi[j];
                    } else {
                        next = Math.min(max, v + up[j]);
                        up[j] *= 2;
                    }
                }
                if (next != v) {
                    x.set(j, next);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        List<Estimate> last = evaluate.run(List.copyOf(x));
        // an interval the last round's changes left unmet (its backlog changed with its neighbours') gets one
        // more agent, and the profile runs again: a few confirming runs, not another search
        for (int extra = 0; extra < CONFIRMATIONS; extra++) {
            List<Integer> unmet = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                Estimate e = last.get(j);
                if (e.replications() > 0 && !Double.isNaN(e.mean()) && target.judge(e) != Bound.Verdict.MET
                        && x.get(j) < max) {
                    unmet.add(j);
                }
            }
            if (unmet.isEmpty()) {
                break;
            }
            rounds.add(new Round(List.copyOf(x), last));
            for (int j : unmet) {
                x.set(j, x.get(j) + 1);
                undecidedBelow[j] = false;
            }
            last = evaluate.run(List.copyOf(x));
        }
        Round confirmation = new Round(List.copyOf(x), last);
        List<IntervalAnswer> answers = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Estimate e = last.get(j);
            Status status;
            if (e.replications() == 0 || Double.isNaN(e.mean())) {
                status = Status.NO_CALLS;
            } else if (target.judge(e) != Bound.Verdict.MET) {
                status = x.get(j) >= max ? Status.OUT_OF_REACH : Status.UNCONFIRMED;
            } else if (undecidedBelow[j]) {
                status = Status.UNDECIDED_BELOW;
            } else {
                status = x.get(j) <= 1 || lo[j] == x.get(j) - 1 && loMissed[j] ? Status.DECIDED
                        : lo[j] == x.get(j) - 1 ? Status.UNDECIDED_BELOW : Status.UNSETTLED;
            }
            int fewest = switch (status) {
                case UNDECIDED_BELOW -> x.get(j) - 1;
                case UNSETTLED -> Math.max(1, Math.min(x.get(j), lo[j] + 1));
                default -> x.get(j);
            };
            answers.add(new IntervalAnswer(j, x.get(j), fewest, status));
        }
        return new Result(List.copyOf(x), List.copyOf(answers), List.copyOf(rounds), confirmation);
    }
}
