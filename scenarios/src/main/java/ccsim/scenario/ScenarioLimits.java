package ccsim.scenario;

import ccsim.core.random.Distribution;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every scenario must be before its particular checks: every number finite, and every size within
 * what a run can finish. NaN slipped past range checks (an agentShare of NaN ran with nobody asking for
 * an agent), and sizes past memory or patience (2,147,483,647 ports, an interval of 1 ms, a billion
 * calls an hour): each is refused at once, with the number asked for and the largest sensible one.
 */
final class ScenarioLimits {
    /** Calls one replication may expect: busy-day's 500,000 take about 6 s, these about two minutes. */
    static final double MAX_CALLS = 10_000_000;
    static final int MAX_REPLICATIONS = 10_000;
    static final int MAX_PORTS = 100_000;
    static final int MAX_AGENTS = 100_000;
    static final long MAX_INTERVALS = 100_000;
    static final double MIN_INTERVAL_SECONDS = 1;
    static final double MAX_HORIZON_SECONDS = 366 * 86400.0;
    /** A day factor with a larger coefficient of variation draws rates of zero. */
    static final double MAX_FORECAST_CV = 2;
    /** DN numbers are counted up from their first: more digits than a long holds cannot be. */
    static final int MAX_DN_DIGITS = 15;

    private final List<ScenarioCheck.Problem> problems = new ArrayList<>();

    private ScenarioLimits() {
    }

    static List<ScenarioCheck.Problem> of(Scenario s) {
        ScenarioLimits l = new ScenarioLimits();
        l.finite(s, FieldPath.root());
        if (l.problems.isEmpty()) {
            l.sizes(s);
        }
        return l.problems;
    }

    private void problem(FieldPath at, String message) {
        problems.add(new ScenarioCheck.Problem(at, message));
    }

    /** Every number in the scenario's values, at any depth, is finite (not NaN, not infinite). */
    private void finite(Object value, FieldPath at) {
        if (value instanceof Double d) {
            finite(d.doubleValue(), at);
        } else if (value instanceof Float f) {
            finite(f.doubleValue(), at);
        } else if (value instanceof Distribution.Lognormal l) {
            finite(l.mean(), at.field("mean"));
            finite(l.sd(), at.field("sd"));
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                finite(read(c, r), at.field(c.getName()));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                finite(list.get(i), at.index(i));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> finite(v, at.field(String.valueOf(k))));
        }
    }

    private void finite(double x, FieldPath at) {
        if (!Double.isFinite(x)) {
            problem(at, "must be a finite number, was " + x);
        }
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private void sizes(Scenario s) {
        RunSettings run = s.run();
        double horizon = run.horizonSeconds();
        if (horizon > MAX_HORIZON_SECONDS) {
            problem(FieldPath.parse("run.horizon"), Durations.format(run.horizon()) + " is longer than a run can "
                    + "be: at most 366d");
        }
        double interval = run.intervalSeconds();
        if (interval > 0 && interval < MIN_INTERVAL_SECONDS) {
            problem(FieldPath.parse("run.interval"), Durations.format(run.interval()) + " is shorter than a reporting "
                    + "interval can be: at least 1s");
        } else if (interval > 0 && horizon / interval > MAX_INTERVALS) {
            problem(FieldPath.parse("run.interval"), String.format(Locale.ROOT, "%s makes %,.0f intervals of the "
                    + "horizon; at most %,d", Durations.format(run.interval()), horizon / interval, MAX_INTERVALS));
        }
        if (run.replications() > MAX_REPLICATIONS) {
            problem(FieldPath.parse("run.replications"), String.format(Locale.ROOT, "%,d replications; at most %,d",
                    run.replications(), MAX_REPLICATIONS));
        }
        if (run.forecastCv() > MAX_FORECAST_CV) {
            problem(FieldPath.parse("run.forecastCv"), run.forecastCv() + " would draw days with no calls at all; at "
                    + "most " + MAX_FORECAST_CV);
        }
        for (int i = 0; i < s.ipcs().size(); i++) {
            IpcsConfig c = s.ipcs().get(i);
            if (c.ports() != null && c.ports() > MAX_PORTS) {
                problem(FieldPath.parse("ipcs").index(i).field("ports"), String.format(Locale.ROOT, "%,d ports; at most "
                        + "%,d an IPCS", c.ports(), MAX_PORTS));
            }
            digits(FieldPath.parse("ipcs").index(i).field("channelIdStart"), c.channelIdStart());
        }
        if (s.streamManager() != null && s.streamManager().ports() != null && s.streamManager().ports() > MAX_PORTS) {
            problem(FieldPath.parse("streamManager.ports"), String.format(Locale.ROOT, "%,d ports; at most %,d",
                    s.streamManager().ports(), MAX_PORTS));
        }
        for (int g = 0; g < s.agentGroups().size(); g++) {
            AgentGroupConfig group = s.agentGroups().get(g);
            if (group.agents() != null && group.agents() > MAX_AGENTS) {
                problem(FieldPath.parse("agentGroups").index(g).field("agents"), String.format(Locale.ROOT, "%,d "
                        + "agents; at most %,d a group", group.agents(), MAX_AGENTS));
            }
            digits(FieldPath.parse("agentGroups").index(g).field("firstDn"), group.firstDn());
        }
        double calls = 0;
        for (int i = 0; i < s.callTypes().size(); i++) {
            CallTypeConfig t = s.callTypes().get(i);
            double own = t.callsPerHour() != null ? t.callsPerHour() * horizon / 3600
                    : t.profile() != null ? t.profile().calls().stream().mapToDouble(Double::doubleValue).sum() : 0;
            if (own > MAX_CALLS) {
                // the one call type that asks too much is named at its own field
                problem(FieldPath.parse("callTypes").index(i).field(t.callsPerHour() != null ? "callsPerHour"
                        : "profile"), String.format(Locale.ROOT, "expects %,.0f calls a replication; at most %,.0f "
                        + "(about two minutes a replication)", own, MAX_CALLS));
                return;
            }
            calls += own;
        }
        if (calls > MAX_CALLS) {
            problem(FieldPath.parse("callTypes"), String.format(Locale.ROOT, "the call types expect %,.0f calls a "
                    + "replication; at most %,.0f (about two minutes a replication)", calls, MAX_CALLS));
        }
    }

    private void digits(FieldPath at, String number) {
        if (number != null && number.length() > MAX_DN_DIGITS) {
            problem(at, number.length() + " digits; a DN number has at most " + MAX_DN_DIGITS);
        }
    }
}
