package ccsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.queueing.Erlang;
import ccsim.core.stats.Bound;
import ccsim.core.stats.Estimate;
import ccsim.core.stats.IntervalEstimate;
import ccsim.model.config.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizingSearchTest {

    /** A measure falling with the value, with a fixed half-width: the search needs few runs. */
    @Test
    void findsTheSmallestValueMetAtTheConfidenceBound() {
        SizingTarget t = SizingTarget.parse("blocking<=0.01");
        List<Integer> tried = new ArrayList<>();
        SizingSearch.Result r = SizingSearch.run(t, 10, 1000, v -> {
            tried.add(v);
            return new Estimate("blocking probability", "ratio", 1.0 / v, 0.0005, 10);
        });
        // 1/v + 0.0005 <= 0.01 first holds at v = 106; at 105 the interval 0.0090..0.0100 straddles 0.01
        assertEquals(106, r.smallest());
        assertTrue(r.undecidedBelow());
        assertTrue(tried.size() < 20, "a search, not a sweep: " + tried);
        assertEquals(tried.size(), r.steps().size());

        SizingSearch.Result step = SizingSearch.run(t, 10, 1000, v -> new Estimate("blocking probability", "ratio",
                v >= 50 ? 0.001 : 0.05, 0.001, 10));
        assertEquals(50, step.smallest());
        assertFalse(step.undecidedBelow(), "49 misses the target for the whole of its interval");
    }

    @Test
    void saysWhenTheIntervalCannotDecide() {
        SizingTarget t = SizingTarget.parse("serviceLevel >= 0.8");
        SizingSearch.Result r = SizingSearch.run(t, 5, 100, v -> new Estimate("service level", "ratio",
                v >= 12 ? 0.9 : v == 11 ? 0.8 : 0.5, 0.05, 10));
        assertEquals(12, r.smallest());
        assertTrue(r.undecidedBelow(), "at 11 the interval 0.75..0.85 straddles 0.8");
        assertEquals(-1, SizingSearch.run(t, 5, 40, v -> new Estimate("service level", "ratio", 0.1, 0.01, 10))
                .smallest());
    }

    /** --max is a promise to the planner: a start above it (the scenario's own value) is not run. */
    @Test
    void neverRunsAValueAboveTheLimit() {
        SizingTarget t = SizingTarget.parse("blocking<=0.01");
        List<Integer> tried = new ArrayList<>();
        SizingSearch.Result r = SizingSearch.run(t, 24, 20, v -> {
            tried.add(v);
            return new Estimate("blocking probability", "ratio", v >= 18 ? 0.001 : 0.1, 0.001, 10);
        });
        assertEquals(18, r.smallest());
        assertTrue(tried.stream().allMatch(v -> v <= 20), tried.toString());
        List<Integer> perInterval = new ArrayList<>();
        SizingSearch.perInterval(t, 24, 20, v -> {
            perInterval.add(v);
            double blocking = v >= 18 ? 0.001 : 0.1;
            return List.of(new IntervalEstimate("blocking probability", "ratio", 0, 0, blocking, 0.001, 10));
        });
        assertTrue(perInterval.stream().allMatch(v -> v <= 20), perInterval.toString());
    }

    /**
     * A ratio lies in 0..1: serviceLevel>=80 (80% meant) is met by no value, and the search would run
     * every doubling up to --max before saying so; blocking<=1.5 is met by every value.
     */
    @Test
    void aRatioBoundOutsideZeroToOneIsRefusedWithWhatWasMeant() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SizingTarget.parse("serviceLevel>=80").checkBound("service level", "ratio"));
        assertEquals("--target serviceLevel>=80: service level is a ratio from 0 to 1, so a bound of 80 is never met "
                + "(for 80%, write 0.8)", none.getMessage());
        IllegalArgumentException every = assertThrows(IllegalArgumentException.class,
                () -> SizingTarget.parse("blocking <= 1.5").checkBound("blocking probability", "ratio"));
        assertTrue(every.getMessage().contains("so a bound of 1.5 is always met (for 1.5%, write 0.015)"),
                every.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SizingTarget.parse("abandonment>=-0.1").checkBound("abandonment rate", "ratio"));
        SizingTarget.parse("serviceLevel>=1").checkBound("service level", "ratio");
        SizingTarget.parse("asa<=20").checkBound("average speed of answer", "s");
    }

    @Test
    void targetsNameMeasuresLoosely() {
        List<Estimate> summary = List.of(new Estimate("blocking probability", "ratio", 0, 0, 2),
                new Estimate("blocking probability at entry", "ratio", 0, 0, 2),
                new Estimate("service level", "ratio", 0, 0, 2));
        assertEquals("service level", SizingTarget.parse("serviceLevel>=0.8").resolve(summary));
        assertEquals("blocking probability", SizingTarget.parse("blockingProbability<=0.01").resolve(summary));
        // the README's own example works on Behind scenarios: of the two it could name, the one the other extends
        assertEquals("blocking probability", SizingTarget.parse("blocking<=0.01").resolve(summary));
        // a catalogue key names its measure exactly
        assertEquals("blocking probability at entry", SizingTarget.parse("blocking_probability_at_entry<=0.01")
                .resolve(summary));
        List<Estimate> two = List.of(new Estimate("agent occupancy sales", "ratio", 0, 0, 2),
                new Estimate("agent occupancy support", "ratio", 0, 0, 2));
        try {
            SizingTarget.parse("agentOccupancy<=0.9").resolve(two);
            throw new AssertionError("'agentOccupancy' names two measures");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("could be any of"), e.getMessage());
        }
    }

    /**
     * A Stand-Alone pool with no queue: the search's answer is the smallest N whose Erlang B blocking
     * meets the target (here 0.02 at 22.57 Erlangs: N = 31) and the answer of an exhaustive sweep.
     */
    @Test
    void agreesWithErlangBAndWithAnExhaustiveSweep() {
        ScenarioLoader loader = new ScenarioLoader();
        List<FieldOverride> base = List.of(FieldOverride.parse("run.replications=20"), FieldOverride.parse("run.horizon=6h"));
        Scenario s0 = loader.load(Path.of("standalone-sample.yaml"), base);
        double erlangs = 450.0 / 3600 * (150 * 300.0 / 450 + 240 * 150.0 / 450 + 0.55);
        int erlangB = 1;
        while (Erlang.b(erlangB, erlangs) > 0.02) {
            erlangB++;
        }
        SizingTarget t = SizingTarget.parse("blockingProbability<=0.02");
        java.util.function.IntFunction<Estimate> evaluate = v -> {
            List<FieldOverride> o = new ArrayList<>(base);
            o.add(FieldOverride.parse("ipcs[0].ports=" + v));
            return ScenarioRun.execute(loader.load(Path.of("standalone-sample.yaml"), o), 2, 0, null).summary()
                    .stream().filter(e -> e.measure().equals("blocking probability")).findFirst().orElseThrow();
        };
        SizingSearch.Result r = SizingSearch.run(t, s0.ipcs().get(0).ports(), 200, evaluate);
        int exhaustive = -1;
        for (int v = 26; v <= 36 && exhaustive < 0; v++) {
            if (t.judge(evaluate.apply(v)) == Bound.Verdict.MET) {
                exhaustive = v;
            }
        }
        assertEquals(exhaustive, r.smallest(), "search vs sweep");
        if (!r.undecidedBelow()) {
            assertEquals(erlangB, r.smallest(), "where the interval decides, the answer is Erlang B's");
        } else {
            assertTrue(Math.abs(r.smallest() - erlangB) <= 1, r.smallest() + " vs Erlang B " + erlangB);
        }
    }

    /**
     * Agents with exponential talk, no after-call work, no answer delay and callers who never give up,
     * with ample ports: the agent queue is M/M/n, and the search's answer is the Erlang C staffing, the
     * smallest n whose service level 1 - C(n, A)·exp(-(n - A)·t/h) meets the target.
     */
    @Test
    void agreesWithErlangCStaffingForAgents() {
        ScenarioLoader loader = new ScenarioLoader();
        Path file = Path.of("behind-stream-manager-queuing.yaml");
        List<FieldOverride> base = List.of(FieldOverride.parse("run.replications=20"),
                FieldOverride.parse("agentGroups[0].talkTime={dist: exponential, mean: 240s}"),
                FieldOverride.parse("agentGroups[0].afterCallWork=0s"),
                FieldOverride.parse("agentGroups[0].answerDelay=0s"),
                FieldOverride.parse("callTypes[0].patience=null"),
                FieldOverride.parse("streamManager.ports=300"));
        Scenario s0 = loader.load(file, base);
        double erlangs = s0.callTypes().get(0).callsPerHour() * s0.callTypes().get(0).agentShare() / 3600 * 240;
        double threshold = s0.routing().serviceLevelThreshold().toSeconds();
        int erlangC = (int) Math.floor(erlangs) + 1;
        while (Erlang.serviceLevel(erlangC, erlangs, 240, threshold) < 0.75) {
            erlangC++;
        }
        // 0.75 lies between the service levels of 10 and 11 agents (0.65 and 0.81): the interval can decide
        SizingTarget t = SizingTarget.parse("serviceLevel>=0.75");
        SizingSearch.Result r = SizingSearch.run(t, s0.agentGroups().get(0).agents(), 100, v -> {
            List<FieldOverride> o = new ArrayList<>(base);
            o.add(FieldOverride.parse("agentGroups[0].agents=" + v));
            return ScenarioRun.execute(loader.load(file, o), 2, 0, null).summary().stream()
                    .filter(e -> e.measure().equals("service level")).findFirst().orElseThrow();
        });
        System.out.printf("Erlang C staffing at %.2f Erlangs: %d agents (service level %.3f, %.3f with one fewer); "
                + "search: %d%s%n", erlangs, erlangC, Erlang.serviceLevel(erlangC, erlangs, 240, threshold),
                Erlang.serviceLevel(erlangC - 1, erlangs, 240, threshold), r.smallest(),
                r.undecidedBelow() ? " (undecided below)" : "");
        assertFalse(r.undecidedBelow(), "20 replications of 8 h separate 0.65 from 0.75");
        assertEquals(erlangC, r.smallest(), "the answer is Erlang C's");
    }

    /** Each interval gets its own answer; each value is run once for all; an interval without calls is said so. */
    @Test
    void perIntervalAnswersShareTheRuns() {
        SizingTarget t = SizingTarget.parse("serviceLevel>=0.8");
        int[] needs = {10, 25, -1, 3};                              // -1: no calls in that interval
        List<Integer> runs = new ArrayList<>();
        List<SizingSearch.IntervalResult> answers = SizingSearch.perInterval(t, 8, 100, v -> {
            runs.add(v);
            List<IntervalEstimate> day = new ArrayList<>();
            for (int k = 0; k < needs.length; k++) {
                boolean none = needs[k] < 0;
                day.add(new IntervalEstimate("service level", "ratio", k, 1800.0 * k,
                        none ? Double.NaN : v >= needs[k] ? 0.9 : 0.5, none ? Double.NaN : 0.02, none ? 0 : 10));
            }
            return day;
        });
        assertEquals(List.of(10, 25, -2, 3), answers.stream()
                .map(a -> a.result() == null ? -2 : a.result().smallest()).toList());
        assertEquals(1800.0, answers.get(1).start());
        assertEquals(runs.size(), new HashSet<>(runs).size(), "no value run twice: " + runs);
    }

    /**
     * A target out of reach of the resource: two runs with the resource in excess and the measure the same
     * end the search at once (service level capped at 0.985 used to run up to 10,000 agents to say so).
     * Runs where the resource binds never end it, however flat the measure.
     */
    @Test
    void aTargetOutOfReachEndsTheSearchAtItsPlateau() {
        SizingTarget sl = SizingTarget.parse("serviceLevel>=0.99");
        List<Integer> asked = new java.util.ArrayList<>();
        SizingSearch.Result r = SizingSearch.search(sl, 3, 10_000, v -> {
            asked.add(v);
            // a queue up to 12 agents (the measure flat at 0 while the resource binds), a cap of 0.985 beyond
            return v <= 12 ? new SizingSearch.Probe(new Estimate("service level", "ratio", 0, 0, 10), false)
                    : new SizingSearch.Probe(new Estimate("service level", "ratio", 0.985, 0.002, 10), true);
        });
        assertEquals(-1, r.smallest());
        assertEquals(List.of(3, 6, 12, 24, 48), asked, "flat but binding at 3, 6, 12: the search goes on");
        assertEquals(24, r.plateau().lower().value());
        assertEquals(48, r.plateau().upper().value());
    }
}
