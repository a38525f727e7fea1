package ccsim.scenario;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The smallest whole value of a resource (ports, agents) whose runs meet a target at the confidence
 * bound, assuming more of it never makes the measure worse. It doubles from a start until the target
 * is met, then bisects, running only the points the search needs.
 */
public final class SizingSearch {
    /** One run of the search, and whether the resource was in excess in it (see {@link Probe}). */
    public record Step(int value, Estimate estimate, Bound.Verdict verdict, boolean slack) {
        /** A run with no word on whether the resource was in excess. */
        public Step(int value, Estimate estimate, Bound.Verdict verdict) {
            this(value, estimate, verdict, false);
        }
    }

    /**
     * The outcome: the smallest value met ({@code -1} if none), whether its lower neighbour was undecided
     * (the interval cannot choose between them), the runs made, and when no value can meet the target the
     * two runs that show it ({@code plateau}, else null).
     */
    public record Result(int smallest, boolean undecidedBelow, List<Step> steps, Plateau plateau) {
        public Result(int smallest, boolean undecidedBelow, List<Step> steps) {
            this(smallest, undecidedBelow, steps, null);
        }
    }

    /**
     * Two runs, the second with twice the resource, in both of which the resource was in excess (nobody
     * waited for it, no call was refused for want of it) and the measure the same within its intervals:
     * more of the resource cannot meet the target, whatever the limit.
     */
    public record Plateau(Step lower, Step upper) {
    }

    /** A run's estimate of the target's measure, and whether the sized resource was in excess in it. */
    public record Probe(Estimate estimate, boolean slack) {
    }

    /** {@link #run(SizingTarget, int, int, IntFunction)} for an evaluation that knows nothing of slack. */
    public static Result run(SizingTarget target, int start, int limit, IntFunction<Estimate> evaluate) {
        return search(target, start, limit, v -> new Probe(evaluate.apply(v), false));
    }

    private SizingSearch() {
    }

    /**
     * {@code evaluate} runs the scenario with the resource at a value and returns the target's estimate
     * and whether the resource was in excess. While doubling, two runs in excess whose measures agree end
     * the search early: the target is out of reach of this resource (a service level capped by callers who
     * hang up while an agent's phone rings, say), and running up to the limit would only say so later.
     */
    public static Result search(SizingTarget target, int start, int limit, IntFunction<Probe> evaluate) {
        TreeMap<Integer, Step> done = new TreeMap<>();
        IntFunction<Step> at = v -> done.computeIfAbsent(v, x -> {
            Probe p = evaluate.apply(x);
            return new Step(x, p.estimate(), target.judge(p.estimate()), p.slack());
        });
        int hi = first(start, limit);
        Step previous = null;
        while (at.apply(hi).verdict() != Bound.Verdict.MET) {
            Step now = at.apply(hi);
            if (previous != null && previous.slack() && now.slack()
                    && agree(previous.estimate(), now.estimate())) {
                return new Result(-1, false, new ArrayList<>(done.values()), new Plateau(previous, now));
            }
            if (hi >= limit) {
                return new Result(-1, false, new ArrayList<>(done.values()));
            }
            previous = now;
            hi = Math.min(limit, hi * 2);
        }
        int lo = 0;
        for (Step s : done.values()) {
            if (s.value() < hi && s.verdict() != Bound.Verdict.MET) {
                lo = Math.max(lo, s.value());
            }
        }
        // invariant: hi is met, lo (0 = nothing below) is not
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            if (at.apply(mid).verdict() == Bound.Verdict.MET) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        boolean undecided = lo > 0 && at.apply(lo).verdict() == Bound.Verdict.UNDECIDED;
        return new Result(hi, undecided, new ArrayList<>(done.values()));
    }

    /** Whether two estimates' 95% intervals overlap: no difference shows between them. */
    private static boolean agree(Estimate a, Estimate b) {
        double ha = Double.isNaN(a.halfWidth()) ? 0 : a.halfWidth();
        double hb = Double.isNaN(b.halfWidth()) ? 0 : b.halfWidth();
        return Math.abs(a.mean() - b.mean()) <= ha + hb;
    }

    /** The first value run: the start, but at least 1 and never above the limit (a start may be the scenario's value). */
    private static int first(int start, int limit) {
        return Math.min(limit, Math.max(1, start));
    }

    /**
     * The answer for one reporting interval starting at {@code start} seconds; {@code result} is null
     * when the interval had no calls to judge (the measure is undefined there whatever the value).
     */
    public record IntervalResult(int interval, double start, Result result) {
    }

    /**
     * Per-interval sizing: for each reporting interval, the smallest value whose runs meet the target
     * in that interval. {@code evaluate} runs the whole horizon with the value applied all day and
     * returns the target's estimate for each interval; each value is run once and shared by every
     * interval's search. An interval is thus judged with the backlog that the same value would leave
     * from earlier intervals, which is the staffing a planner rostering that interval alone would see
     * only if earlier intervals were staffed alike: the answer is a per-interval requirement, not a roster.
     */
    public static List<IntervalResult> perInterval(SizingTarget target, int start, int limit,
                                                   IntFunction<List<IntervalEstimate>> evaluate) {
        TreeMap<Integer, List<IntervalEstimate>> runs = new TreeMap<>();
        IntFunction<List<IntervalEstimate>> at = v -> runs.computeIfAbsent(v, evaluate::apply);
        List<IntervalEstimate> first = at.apply(first(start, limit));
        List<IntervalResult> answers = new ArrayList<>(first.size());
        for (int k = 0; k < first.size(); k++) {
            IntervalEstimate i = first.get(k);
            if (i.replications() == 0) {
                answers.add(new IntervalResult(i.interval(), i.start(), null));
                continue;
            }
            int index = k;
            answers.add(new IntervalResult(i.interval(), i.start(), run(target, start, limit, v -> {
                IntervalEstimate e = at.apply(v).get(index);
                return new Estimate(e.measure(), e.unit(), e.mean(), e.halfWidth(), e.replications());
            })));
        }
        return answers;
    }
}
