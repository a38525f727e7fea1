package ccsim.report.html;

import ccsim.core.network.Address;
import ccsim.core.queueing.CallPathChain;
import ccsim.core.queueing.Erlang;
import ccsim.core.queueing.ErlangA;
import ccsim.core.random.ArrivalRate;
import ccsim.core.random.Distribution;
import ccsim.core.stats.Estimate;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Scenario;
import java.util.ArrayList;
import org.apache.commons.math3.distribution.TDistribution;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where queueing theory applies to a scenario, the analytic value beside the simulated one: Erlang B
 * for the Stand-Alone port pool, Erlang C or A for a single agent group with exponential talk and no
 * after-call work. Where it does not, says why.
 */
public final class TheoryCheck {
    /**
     * One comparison: a measure, its analytic value, the simulation's estimate of it, and whether the
     * reference is exact for the scenario (its assumptions hold) or only the nearest approximation, which
     * is shown but not judged.
     */
    public record Row(String model, String measure, double analytic, Estimate simulated, boolean exact) {
        public Row(String model, String measure, double analytic, Estimate simulated) {
            this(model, measure, analytic, simulated, true);
        }

        /** The analytic value lies in the estimate's 99% Student-t interval. */
        public boolean agrees() {
            int n = simulated.replications();
            if (n < 2) {
                return false;
            }
            TDistribution t = new TDistribution(n - 1);
            double half = simulated.halfWidth() * t.inverseCumulativeProbability(0.995)
                    / t.inverseCumulativeProbability(0.975);
            return Math.abs(simulated.mean() - analytic) <= half;
        }
    }

    /** The comparisons that apply, and the reasons for those that do not. */
    public record Result(List<Row> rows, List<String> notes) {
    }

    private TheoryCheck() {
    }

    public static Result of(Scenario s, List<Estimate> summary) {
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean stationary = s.run().forecastCv() == 0
                && s.callTypes().stream().allMatch(ct -> ct.arrivalRate() instanceof ArrivalRate.Constant);
        if (!stationary) {
            notes.add("Erlang formulas need a constant arrival rate; this scenario follows a profile or a random "
                    + "day factor, so they are not shown.");
            return new Result(rows, notes);
        }
        boolean selfServiceOnly = s.callTypes().stream().allMatch(ct -> ct.agentShare() == 0);
        if (s.callTypes().stream().anyMatch(ct -> !ct.requires().isEmpty())) {
            notes.add("Erlang B needs every port open to every call; here some calls need a capability only some "
                    + "IPCS have.");
            return new Result(rows, notes);
        }
        // with no caller asking for an agent, every mode is a pure loss system over all GVP ports
        if (s.mode() == Mode.STAND_ALONE || selfServiceOnly) {
            int ports = s.ipcs().stream().mapToInt(IpcsConfig::ports).sum();
            double answer = s.ipcs().stream().mapToDouble(c -> c.answerDelay().mean()).average().orElse(0);
            double erlangs = 0;
            for (CallTypeConfig ct : s.callTypes()) {
                erlangs += ct.callsPerHour() / 3600 * (ct.selfService().mean() + answer);
            }
            String model = String.format(Locale.ROOT, "Erlang B, %d ports, %.2f Erlangs", ports, erlangs);
            double blocking = Erlang.b(ports, erlangs);
            find(summary, "blocking probability").ifPresent(e -> rows.add(new Row(model, e.measure(), blocking, e)));
            notes.add("The offered load counts self-service and the IPCS's answer time; network latency is left out.");
            return new Result(rows, notes);
        }
        if (s.agentGroups().size() != 1) {
            notes.add("Erlang C/A compares one agent group; this scenario has " + s.agentGroups().size() + ".");
            return new Result(rows, notes);
        }
        AgentGroupConfig g = s.agentGroups().get(0);
        if (!(g.talkTime() instanceof Distribution.Exponential)) {
            notes.add("Erlang C/A needs exponential talk times; " + g.name() + " talks " + describe(g.talkTime()) + ".");
        }
        if (g.afterCallWork().mean() > 0) {
            notes.add("Erlang C/A needs no after-call work; " + g.name() + " has " + describe(g.afterCallWork()) + ".");
        }
        if (g.answerDelay().mean() > 0) {
            notes.add("Erlang C/A needs agents to answer at once; they take " + describe(g.answerDelay()) + ".");
        }
        Distribution patience = null;
        double lambda = 0;
        for (CallTypeConfig ct : s.callTypes()) {
            lambda += ct.callsPerHour() / 3600 * ct.agentShare();
            if (ct.patience() != null && !(ct.patience() instanceof Distribution.Exponential)) {
                notes.add("Erlang A needs exponential patience; " + ct.name() + " has " + describe(ct.patience()) + ".");
            } else if (patience != null && ct.patience() != null && !patience.equals(ct.patience())) {
                notes.add("Erlang A needs one patience distribution for all callers.");
            }
            patience = ct.patience() == null ? patience : ct.patience();
        }
        if (lambda == 0) {
            return new Result(rows, notes);
        }
        if (!notes.isEmpty()) {
            return nearestErlangA(g, lambda, patience, summary, notes);
        }
        double mu = 1 / g.talkTime().mean();
        double theta = patience == null ? 0 : 1 / patience.mean();
        if (theta == 0 && lambda >= g.agents() * mu) {
            notes.add("Erlang C has no steady state: the load exceeds the agents.");
            return new Result(rows, notes);
        }
        Optional<String> binding = portsBind(s, summary);
        if (binding.isPresent()) {
            Optional<Result> chain = callPathChain(s, summary, g, patience);
            if (chain.isPresent()) {
                return chain.get();
            }
        }
        ErlangA a = ErlangA.of(g.agents(), lambda, mu, theta);
        boolean exact = binding.isEmpty();
        String model = String.format(Locale.ROOT, "%s, %d agents, %.2f Erlangs%s%s",
                theta == 0 ? "Erlang C" : "Erlang A", g.agents(), lambda / mu,
                theta == 0 ? "" : String.format(Locale.ROOT, ", mean patience %.0f s", 1 / theta),
                exact ? "" : " (approximation)");
        find(summary, "probability of waiting").ifPresent(e -> rows.add(new Row(model, e.measure(),
                a.probabilityOfWaiting(), e, exact)));
        if (theta > 0) {
            find(summary, "abandonment rate").ifPresent(e -> rows.add(new Row(model, e.measure(),
                    a.probabilityOfAbandoning(), e, exact)));
        } else {
            find(summary, "mean time waiting").ifPresent(e -> rows.add(new Row(model, e.measure(), a.meanWait(), e,
                    exact)));
        }
        binding.ifPresent(why -> notes.add("Erlang " + (theta == 0 ? "C" : "A") + " assumes every caller who asks "
                + "for an agent reaches an unlimited queue; here " + why + ", so the queue is not that of Erlang "
                + (theta == 0 ? "C" : "A") + " and its values are shown as the nearest approximation, not judged. The "
                + "exact reference would be the Markov chain of the whole call path (ports, self-service, agents)."));
        notes.add("Signalling latency and ringing are part of the simulated wait, not of the analytic one.");
        return new Result(rows, notes);
    }

    /**
     * Where Erlang A's assumptions do not hold for the agents (talk times not exponential, after-call work,
     * ringing, a patience not exponential), its values with the agent's whole time per call as the holding
     * time and the mean patience, shown as the nearest approximation and not judged: a planner still sees
     * the order of magnitude the simulation should have.
     */
    private static Result nearestErlangA(AgentGroupConfig g, double lambda, Distribution patience,
                                         List<Estimate> summary, List<String> notes) {
        double hold = g.talkTime().mean() + g.afterCallWork().mean() + g.answerDelay().mean();
        double theta = patience == null ? 0 : 1 / patience.mean();
        List<Row> rows = new ArrayList<>();
        if (theta == 0 && lambda * hold >= g.agents()) {
            return new Result(rows, notes);
        }
        ErlangA a = ErlangA.of(g.agents(), lambda, 1 / hold, theta);
        String model = String.format(Locale.ROOT, "%s, %d agents, %.2f Erlangs (approximation)",
                theta == 0 ? "Erlang C" : "Erlang A", g.agents(), lambda * hold);
        find(summary, "probability of waiting").ifPresent(e -> rows.add(new Row(model, e.measure(),
                a.probabilityOfWaiting(), e, false)));
        if (theta > 0) {
            find(summary, "abandonment rate").ifPresent(e -> rows.add(new Row(model, e.measure(),
                    a.probabilityOfAbandoning(), e, false)));
        }
        List<String> all = new ArrayList<>(notes);
        all.add(String.format(Locale.ROOT, "So no exact reference applies; Erlang %s with the agent's whole time per "
                + "call (talk, after-call work, ringing: %.0f s)%s is shown as the nearest approximation, not judged.",
                theta == 0 ? "C" : "A", hold, theta == 0 ? "" : " and the mean patience"));
        return new Result(rows, all);
    }

    /**
     * Where ports limit the queue and every time is exponential (self-service, talk, patience; no answer
     * delays, no after-call work): the exact Markov chain of the call path, the ports, self-service, the
     * agents and the queuing choice. Empty where its assumptions do not hold.
     */
    private static Optional<Result> callPathChain(Scenario s, List<Estimate> summary, AgentGroupConfig g,
                                                  Distribution patience) {
        Distribution selfService = s.callTypes().get(0).selfService();
        boolean oneCaller = s.callTypes().stream().allMatch(ct -> ct.selfService().equals(selfService)
                && ct.agentShare().equals(s.callTypes().get(0).agentShare()));
        boolean quickPorts = s.ipcs().stream().allMatch(c -> c.answerDelay().mean() == 0
                && c.portDnCount() == c.ports());
        if (!(selfService instanceof Distribution.Exponential) || !oneCaller || !quickPorts
                || s.routing().queuing() == null) {
            return Optional.empty();
        }
        double lambda = s.callTypes().stream().mapToDouble(ct -> ct.callsPerHour() / 3600).sum();
        int ports = s.ipcs().stream().mapToInt(IpcsConfig::ports).sum();
        boolean gvp = s.routing().queuing() == ccsim.model.config.Queuing.GVP;
        boolean bridged = s.routing().transferMethod() == ccsim.model.config.TransferMethod.BRIDGED;
        double theta = patience == null ? 0 : 1 / patience.mean();
        CallPathChain chain;
        try {
            chain = CallPathChain.solve(new CallPathChain.Parameters(lambda, ports, 1 / selfService.mean(),
                    s.callTypes().get(0).agentShare(), g.agents(), 1 / g.talkTime().mean(), theta, gvp || bridged,
                    bridged));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Result(List.of(), List.of("The Markov chain of the call path has no steady state: "
                    + e.getMessage() + ".")));
        }
        String model = String.format(Locale.ROOT, "Markov chain of the call path, %d ports, %d agents%s%s", ports,
                g.agents(), gvp ? ", queuing on GVP" : ", queuing on Stream Manager", bridged ? ", bridged" : "");
        List<Row> rows = new ArrayList<>();
        find(summary, "blocking probability at entry").ifPresent(e -> rows.add(new Row(model, e.measure(),
                chain.blockingAtEntry(), e)));
        find(summary, "probability of waiting").ifPresent(e -> rows.add(new Row(model, e.measure(),
                chain.probabilityOfWaiting(), e)));
        if (theta > 0) {
            find(summary, "abandonment rate").ifPresent(e -> rows.add(new Row(model, e.measure(),
                    chain.probabilityOfAbandoning(), e)));
        }
        return Optional.of(new Result(rows, List.of("The ports limit the agents' queue here, so the reference is the "
                + "exact chain of the whole call path (ports, self-service, agents, patience, the queuing choice), "
                + "not Erlang " + (theta == 0 ? "C" : "A") + ". Signalling latency is part of the simulated times, "
                + "not of the chain's.")));
    }

    /**
     * Why the agents' queue is not fed and held as Erlang C/A assume, when ports limit it: calls blocked at
     * entry, Stream Manager refusing treatments, or queuing on GVP, where a waiting caller holds an IPCS
     * port and a full pool turns callers away. Empty when no port ever bound.
     */
    static Optional<String> portsBind(Scenario s, List<Estimate> summary) {
        double entry = find(summary, "blocking probability at entry").map(Estimate::mean).orElse(0.0);
        if (entry > 0) {
            return Optional.of(String.format(Locale.ROOT, "%.2f%% of calls were blocked at entry, for want of an IPCS "
                    + "port", 100 * entry));
        }
        double refused = find(summary, "Stream Manager refused treatments").map(Estimate::mean).orElse(0.0);
        if (refused > 0) {
            return Optional.of("Stream Manager refused treatments for want of a port");
        }
        for (IpcsConfig c : s.ipcs()) {
            String host = "IPCS " + Address.parse(c.address()).host();
            double peak = find(summary, host + " peak busy ports").map(Estimate::mean).orElse(0.0);
            if (peak > c.ports() - 1) {
                return Optional.of("the IPCS ports of " + host.substring(5) + " were all busy at times");
            }
        }
        return Optional.empty();
    }

    private static Optional<Estimate> find(List<Estimate> summary, String measure) {
        return summary.stream().filter(e -> e.measure().equals(measure)).findFirst();
    }

    private static String describe(Distribution d) {
        return d.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " with mean "
                + String.format(Locale.ROOT, "%.1f s", d.mean());
    }
}
