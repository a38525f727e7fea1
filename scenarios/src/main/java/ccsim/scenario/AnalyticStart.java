package ccsim.scenario;

import ccsim.core.queueing.Erlang;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where a sizing search starts a resource: the queueing formula's answer for the load the scenario
 * offers (Erlang C for agents against a service level, Erlang B for IPCS ports against blocking), from the
 * mean arrival rate of the counted span. It is only a start: the simulation judges, and a poor start costs
 * runs, not the answer. Empty where no formula fits the field or the targets.
 */
public final class AnalyticStart {
    /** The most a formula is asked to count to: beyond it the load is no planner's. */
    private static final int CEILING = 100_000;

    private AnalyticStart() {
    }

    /** The start for {@code field} against {@code targets} (measures resolved), or empty. */
    public static OptionalInt of(Scenario s, FieldPath field, List<SizingTarget> targets, List<String> measures) {
        String path = field.toString();
        List<Object> seg = field.segments();
        if (seg.size() == 3 && "agentGroups".equals(seg.get(0)) && "agents".equals(seg.get(2))
                && s.agentGroups().size() == 1) {
            return agents(s, s.agentGroups().get(0), targets, measures);
        }
        if (path.equals("ipcs[*].ports") && !s.ipcs().isEmpty()) {
            return ports(s, targets, measures);
        }
        return OptionalInt.empty();
    }

    /** Calls a second over the counted span, and the share that asks for an agent. */
    private static double rate(Scenario s, CallTypeConfig ct) {
        RunSettings r = s.run();
        double span = r.horizonSeconds() - r.warmUpSeconds();
        return ct.arrivalRate().expected(r.warmUpSeconds(), r.horizonSeconds()) / span;
    }

    private static OptionalInt agents(Scenario s, AgentGroupConfig g, List<SizingTarget> targets,
                                      List<String> measures) {
        double hold = g.talkTime().mean() + g.afterCallWork().mean() + g.answerDelay().mean();
        double erlangs = s.callTypes().stream().mapToDouble(ct -> rate(s, ct) * ct.agentShare()).sum() * hold;
        if (erlangs <= 0) {
            return OptionalInt.empty();
        }
        double level = 0;
        for (int t = 0; t < targets.size(); t++) {
            if (measures.get(t).equals("service level") && !targets.get(t).atMost()) {
                level = Math.max(level, targets.get(t).bound());
            }
        }
        double threshold = RunSettings.seconds(s.routing().serviceLevelThreshold());
        int n = (int) Math.floor(erlangs) + 1;
        while (n < CEILING && Erlang.serviceLevel(n, erlangs, hold, threshold) < level) {
            n++;
        }
        return OptionalInt.of(n);
    }

    /**
     * Agents of group {@code g} for each reporting interval: Erlang C on that interval's own load against
     * the service level {@code level} (0: only enough agents for the load, a stable queue), the load of the
     * call types the group serves.
     */
    public static List<Integer> agentsPerInterval(Scenario s, AgentGroupConfig g, double level) {
        RunSettings r = s.run();
        double hold = g.talkTime().mean() + g.afterCallWork().mean() + g.answerDelay().mean();
        double threshold = RunSettings.seconds(s.routing().serviceLevelThreshold());
        double length = r.intervalSeconds();
        int count = (int) Math.ceil(r.horizonSeconds() / length - 1e-9);
        List<Integer> agents = new java.util.ArrayList<>();
        for (int j = 0; j < count; j++) {
            double from = j * length;
            double to = Math.min(r.horizonSeconds(), from + length);
            double erlangs = 0;
            for (CallTypeConfig ct : s.callTypes()) {
                if (s.agentGroups().size() == 1 || g.serves(ct)) {
                    erlangs += ct.arrivalRate().expected(from, to) / (to - from) * ct.agentShare() * hold;
                }
            }
            int n = erlangs <= 0 ? 0 : (int) Math.floor(erlangs) + 1;
            while (erlangs > 0 && n < CEILING && Erlang.serviceLevel(n, erlangs, hold, threshold) < level) {
                n++;
            }
            agents.add(n);
        }
        return agents;
    }

    /** Every pool's ports, spread evenly: Erlang B over the self-service load against the blocking bound. */
    private static OptionalInt ports(Scenario s, List<SizingTarget> targets, List<String> measures) {
        double answer = s.ipcs().stream().mapToDouble(c -> c.answerDelay().mean()).average().orElse(0);
        double erlangs = s.callTypes().stream().mapToDouble(ct -> rate(s, ct) * (ct.selfService().mean() + answer))
                .sum();
        double blocking = 1;
        for (int t = 0; t < targets.size(); t++) {
            if (measures.get(t).startsWith("blocking probability") && targets.get(t).atMost()) {
                blocking = Math.min(blocking, targets.get(t).bound());
            }
        }
        if (erlangs <= 0 || blocking >= 1) {
            return OptionalInt.empty();
        }
        int n = 1;
        while (n < CEILING && Erlang.b(n, erlangs) > blocking) {
            n++;
        }
        int pools = s.ipcs().size();
        return OptionalInt.of(Math.max(1, (n + pools - 1) / pools));
    }
}
