package ccsim.scenario;

import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cheapest configuration of several resources (ports, agents) that meets every target at the
 * confidence bound, assuming more of any resource never makes a measure worse.
 *
 * <p>From a start (an analytic estimate, or the scenario's values), it raises the resources that bind
 * (those not in excess) until every target is met, then lowers each resource in turn, the most expensive
 * first, to the fewest that still meets every target with the others as found, stepping one unit and
 * galloping when the steps keep meeting (so a good start costs a run or two a resource). With prices, it
 * then walks the dearest resource down and up a unit at a time, the others raised or lowered to the fewest
 * that meet every target at each value, and keeps the cheapest (see {@link #walk}). A configuration is judged on {@code replications}; where some target is
 * undecided and none missed, the replications double up to {@code maxReplications}, so that runs are
 * added only where the interval cannot decide. Every configuration is run once at each replication count
 * (replication r of every run sees the same callers).
 */
public final class JointSearch {
    /**
     * A resource sized: its field, its price for a day (0 without one), and the range searched.
     */
    public record Resource(FieldPath field, double dayPrice, int start, int max) {
    }

    /**
     * What a run measured: each target's estimate, whether each resource was in excess, and its cost (the
     * mean cost per day with its 95% half-width, or without prices the units in all and 0).
     */
    public record Outcome(List<Estimate> targets, List<Boolean> slack, double cost, double costHalfWidth) {
    }

    /** Runs a configuration (one value per resource) on some replications. */
    @FunctionalInterface
    public interface Evaluate {
        Outcome run(List<Integer> values, int replications);
    }

    /** One run: the configuration, its replications, each target's estimate and verdict, and its cost. */
    public record Run(List<Integer> values, int replications, Outcome outcome, List<Bound.Verdict> verdicts) {
        public boolean met() {
            return verdicts.stream().allMatch(v -> v == Bound.Verdict.MET);
        }

        public boolean missed() {
            return verdicts.contains(Bound.Verdict.MISSED);
        }
    }

    /**
     * The outcome: the answer's run (null when none was found, with {@code why}), every run in the order
     * made, and the cheaper configurations the interval could not decide at the most replications.
     */
    public record Result(Run answer, List<Run> runs, List<List<Integer>> undecidedNeighbours, String why) {
    }

    private final List<Resource> resources;
    private final List<SizingTarget> targets;
    private final int replications;
    private final int maxReplications;
    private final Evaluate evaluate;
    private final boolean priced;
    private final List<Run> runs = new ArrayList<>();
    /** Each configuration's run at the most replications made for it. */
    private final Map<List<Integer>, Run> decided = new LinkedHashMap<>();

    private JointSearch(List<Resource> resources, List<SizingTarget> targets, int replications, int maxReplications,
                        Evaluate evaluate) {
        this.resources = List.copyOf(resources);
        this.targets = List.copyOf(targets);
        this.replications = replications;
        this.maxReplications = Math.max(replications, maxReplications);
        this.evaluate = evaluate;
        this.priced = resources.stream().allMatch(r -> r.dayPrice() > 0);
    }

    public static Result search(List<Resource> resources, List<SizingTarget> targets, int replications,
                                int maxReplications, Evaluate evaluate) {
        return new JointSearch(resources, targets, replications, maxReplications, evaluate).run();
    }

    /**
     * The order resources are lowered in: the most expensive unit first (with prices), else the order given:
     * the first is the one a planner most wants few of.
     */
    public static List<Integer> preference(List<Resource> resources) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            order.add(i);
        }
        if (resources.stream().allMatch(r -> r.dayPrice() > 0)) {
            order.sort(Comparator.comparingDouble((Integer i) -> -resources.get(i).dayPrice()));
        }
        return order;
    }

    private Result run() {
        List<Integer> start = new ArrayList<>(resources.stream()
                .map(r -> Math.max(1, Math.min(r.max(), r.start()))).toList());
        List<Integer> x = raise(start, -1);
        if (x == null) {
            Run r = last;
            return new Result(null, List.copyOf(runs), List.of(), r.missed() ? whyNot(r)
                    : "the interval cannot decide at " + describe(r.values()) + " with " + r.replications()
                    + " replications, and every resource is in excess or at its maximum: more replications would tell");
        }
        List<Integer> order = preference(resources);
        x = descend(x, order);
        if (priced && resources.size() > 1) {
            x = walk(x, order);
        }
        Run answer = decided.get(x);
        // what might be cheaper still: configurations left undecided at the most replications, nothing missed
        List<List<Integer>> undecided = new ArrayList<>();
        for (Run d : decided.values()) {
            if (!d.met() && !d.missed() && d.outcome().cost() < answer.outcome().cost()) {
                undecided.add(d.values());
            }
        }
        return new Result(answer, List.copyOf(runs), List.copyOf(undecided), null);
    }

    /** The last run made: where a raise that could go no further stopped. */
    private Run last;

    /**
     * {@code x} with the resources that bind (not in excess) raised, galloping, until every target is met;
     * the resource {@code fixed} (-1: none) stays. Null when the targets are still not met with every
     * movable resource in excess or at its maximum.
     */
    private List<Integer> raise(List<Integer> x, int fixed) {
        int[] step = new int[x.size()];
        java.util.Arrays.fill(step, 1);
        List<Integer> at = x;
        Run r = decide(at);
        while (!r.met()) {
            List<Integer> raised = new ArrayList<>(at);
            for (int i = 0; i < at.size(); i++) {
                if (i != fixed && !r.outcome().slack().get(i) && at.get(i) < resources.get(i).max()) {
                    raised.set(i, Math.min(resources.get(i).max(), at.get(i) + step[i]));
                    step[i] *= 2;
                }
            }
            if (raised.equals(at)) {
                last = r;
                return null;
            }
            at = raised;
            r = decide(at);
        }
        return at;
    }

    /**
     * Prices trade resources: fewer of the dearest may be bought with more of the others, or the reverse.
     * Walks the dearest resource down one unit at a time (raising the others until every target is met,
     * then lowering them again) while that stays possible, and up while the others keep falling, and
     * keeps the cheapest configuration met on the way. Exact for two resources (the fewest of the other
     * for each value of the dearest); with more, the others are lowered in turn at each value.
     */
    private List<Integer> walk(List<Integer> x, List<Integer> order) {
        int dearest = order.get(0);
        List<Integer> rest = order.subList(1, order.size());
        List<Integer> best = x;
        List<Integer> at = x;
        while (at.get(dearest) > 1) {
            List<Integer> lower = raise(with(at, dearest, at.get(dearest) - 1), dearest);
            if (lower == null) {
                break;
            }
            at = descend(lower, rest);
            best = cheaper(best, at);
        }
        at = x;
        int unchanged = 0;
        while (at.get(dearest) < resources.get(dearest).max() && unchanged < 2) {
            List<Integer> up = with(at, dearest, at.get(dearest) + 1);
            if (!decide(up).met()) {
                break;  // more of a resource made a measure worse: noise the interval did not cover
            }
            List<Integer> higher = descend(up, rest);
            unchanged = others(higher, dearest).equals(others(at, dearest)) ? unchanged + 1 : 0;
            at = higher;
            best = cheaper(best, at);
        }
        return best;
    }

    private List<Integer> cheaper(List<Integer> a, List<Integer> b) {
        return decided.get(b).outcome().cost() < decided.get(a).outcome().cost() ? b : a;
    }

    private static List<Integer> others(List<Integer> x, int except) {
        List<Integer> y = new ArrayList<>(x);
        y.remove(except);
        return y;
    }

    /** Lowers each resource of {@code order} in turn to the fewest that meets every target; {@code x} meets them. */
    private List<Integer> descend(List<Integer> x, List<Integer> order) {
        List<Integer> at = new ArrayList<>(x);
        for (int i : order) {
            int hi = at.get(i);
            int lo = 0;
            int d = 1;
            // gallop down while the steps keep meeting, then bisect between the last miss and the last meet
            while (hi - d >= 1) {
                int candidate = hi - d;
                if (decide(with(at, i, candidate)).met()) {
                    hi = candidate;
                    d *= 2;
                } else {
                    lo = candidate;
                    break;
                }
            }
            while (hi - lo > 1) {
                int mid = (lo + hi) / 2;
                if (decide(with(at, i, mid)).met()) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            at.set(i, hi);
        }
        return at;
    }

    private static List<Integer> with(List<Integer> x, int i, int value) {
        List<Integer> y = new ArrayList<>(x);
        y.set(i, value);
        return y;
    }

    /** The configuration's verdict, adding replications while the interval cannot decide and nothing is missed. */
    private Run decide(List<Integer> x) {
        Run r = decided.get(x);
        if (r == null) {
            r = measure(x, replications);
        }
        while (!r.met() && !r.missed() && r.replications() < maxReplications) {
            r = measure(x, Math.min(maxReplications, 2 * r.replications()));
        }
        return r;
    }

    private Run measure(List<Integer> x, int n) {
        Outcome o = evaluate.run(List.copyOf(x), n);
        List<Bound.Verdict> verdicts = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            verdicts.add(targets.get(t).judge(o.targets().get(t)));
        }
        Run r = new Run(List.copyOf(x), n, o, List.copyOf(verdicts));
        runs.add(r);
        decided.put(List.copyOf(x), r);
        return r;
    }

    private String whyNot(Run r) {
        List<String> missed = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            if (r.verdicts().get(t) == Bound.Verdict.MISSED) {
                missed.add(targets.get(t).text());
            }
        }
        return "at " + describe(r.values()) + " every resource is in excess or at its maximum and " + String.join(", ",
                missed) + (missed.size() == 1 ? " is" : " are") + " still missed: more of these resources cannot "
                + "meet " + (missed.size() == 1 ? "it" : "them");
    }

    private String describe(List<Integer> x) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            parts.add(resources.get(i).field() + " = " + x.get(i));
        }
        return String.join(", ", parts);
    }
}
