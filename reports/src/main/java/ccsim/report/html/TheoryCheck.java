package ccsim.report.html;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where queueing theory applies to a scenario, the analytic value beside the simulated one: Erlang B
 * for the Stand-Alone port pool, Erlang C or A for a single agent group with exponential talk and no
 * after-call work. Where it does not, says why.
 */
public final class TheoryCheck {
    /** One comparison: a measure, its analytic value, the simulation's estimate of it. */
    public record Row(String model, String measure, double analytic, Estimate simulated) {
        public boolean agrees() {
            return simulated.replications() >= 2 && simulated.covers(analytic);
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
        if (!notes.isEmpty() || lambda == 0) {
            return new Result(rows, notes);
        }
        double mu = 1 / g.talkTime().mean();
        double theta = patience == null ? 0 : 1 / patience.mean();
        if (theta == 0 && lambda >= g.agents() * mu) {
            notes.add("Erlang C has no steady state: the load exceeds the agents.");
            return new Result(rows, notes);
        }
        ErlangA a = ErlangA.of(g.agents(), lambda, mu, theta);
        String model = String.format(Locale.ROOT, "%s, %d agents, %.2f Erlangs%s",
                theta == 0 ? "Erlang C" : "Erlang A", g.agents(), lambda / mu,
                theta == 0 ? "" : String.format(Locale.ROOT, ", mean patience %.0f s", 1 / theta));
        find(summary, "probability of waiting").ifPresent(e -> rows.add(new Row(model, e.measure(),
                a.probabilityOfWaiting(), e)));
        if (theta > 0) {
            find(summary, "abandonment rate").ifPresent(e -> rows.add(new Row(model, e.measure(),
                    a.probabilityOfAbandoning(), e)));
        } else {
            find(summary, "mean time waiting").ifPresent(e -> rows.add(new Row(model, e.measure(), a.meanWait(), e)));
        }
        notes.add("Signalling latency and ringing are part of the simulated wait, not of the analytic one.");
        return new Result(rows, notes);
    }

    private static Optional<Estimate> find(List<Estimate> summary, String measure) {
        return summary.stream().filter(e -> e.measure().equals(measure)).findFirst();
    }

    private static String describe(Distribution d) {
        return d.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " with mean "
                + String.format(Locale.ROOT, "%.1f s", d.mean());
    }
}
