package ccsim.scenario;

import ccsim.core.random.Distribution;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.sip.SipServerOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices the integration guide leaves open, each a scenario field with a documented default, and
 * the value in force for one scenario: the report's "Model assumptions" lists them, so that no number
 * rests on a silent choice. Only the assumptions that apply to the scenario's mode and parts are listed.
 */
public final class ModelAssumptions {
    /** One assumption: the field that sets it, the value in force, and what that value makes the model do. */
    public record Assumption(String field, String value, String meaning) {
    }

    private ModelAssumptions() {
    }

    /** Every field an assumption of some scenario can name: the README documents each (a test checks it). */
    public static final List<String> FIELDS = List.of("routing.waitForPort", "streamManager.whenFull",
            "resourceManager.policy", "resourceManager.whenNoCapableIpcs", "sipServer.redirectRetries",
            "routing.portSelection", "ivrServer.virtualSwitch.accessResources",
            "sipServer.options.match-call-once", "agentGroups[].answerDelay", "gateway.noAnswerTimeout",
            "gateway.silenceTimeout", "routing.serviceLevelThreshold", "routing.serviceLevelDefinition",
            "costs.daysPerMonth", "costs.fteHoursPerMonth", "costs.shrinkage");

    public static List<Assumption> of(Scenario s) {
        List<Assumption> out = new ArrayList<>();
        boolean withUrs = s.mode() != Mode.STAND_ALONE;
        if (withUrs) {
            Duration wait = s.routing().waitForPort();
            out.add(new Assumption("routing.waitForPort", Durations.format(wait), wait.isZero()
                    ? "a call that finds no free Voice Treatment Port is rejected at once (blocked): the ports are a "
                    + "loss system (Erlang B)"
                    : "a call that finds no free port waits on its Routing Point, hearing ringback, its caller's "
                    + "patience running, until a port frees (the first freed in any Place Group, without asking the "
                    + "Resource Manager again) or this long has passed (blocked)"));
            out.add(new Assumption("routing.portSelection", Kebab.of(s.routing().portSelection()),
                    "how a strategy picks a port among the free ones of its Place Groups"));
        }
        boolean queuesOnStreamManager = withUrs && s.routing().queuing() == Queuing.STREAM_MANAGER
                && s.streamManager() != null;
        if (queuesOnStreamManager) {
            out.add(new Assumption("streamManager.whenFull", Kebab.of(s.streamManager().whenFull()),
                    switch (s.streamManager().whenFull()) {
                        case KEEP_WAITING -> "a queued caller for whom Stream Manager has no port keeps its place in "
                                + "the queue without music (counted as a treatment refused, not blocked)";
                        case RELEASE -> "a queued caller for whom Stream Manager has no port is released (blocked)";
                    }));
        }
        if (s.resourceManager() != null) {
            out.add(new Assumption("resourceManager.policy", Kebab.of(s.resourceManager().policy()),
                    "how the Resource Manager chooses among the IPCS with a free port and every capability the call "
                    + "needs"));
            boolean capabilities = s.ipcs().stream().anyMatch(i -> !i.capabilities().isEmpty())
                    || s.callTypes().stream().anyMatch(t -> !t.requires().isEmpty());
            if (capabilities) {
                out.add(new Assumption("resourceManager.whenNoCapableIpcs",
                        Kebab.of(s.resourceManager().whenNoCapableIpcs()),
                        "what the Resource Manager does with a call no IPCS with a free port has the capabilities for"));
            }
            out.add(new Assumption("sipServer.redirectRetries", String.valueOf(s.sipServer().redirectRetries()),
                    "how often SIP Server asks the Resource Manager again when the IPCS it named refuses the call or "
                    + "does not answer"));
        }
        if (s.mode() == Mode.IN_FRONT && s.ivrServer().virtualSwitch() != null) {
            int resources = s.ivrServer().virtualSwitch().accessResources().size();
            out.add(new Assumption("ivrServer.virtualSwitch.accessResources", resources + " Access Resource"
                    + (resources == 1 ? "" : "s"), "a routing to GVP that finds every Access Resource lent to a call "
                    + "in transit is refused, and the call is rejected (counted in \"routings to GVP refused for want "
                    + "of an Access Resource\")"));
            String matchOnce = s.sipServer().options().getOrDefault(SipServerOption.MATCH_CALL_ONCE.key(),
                    SipServerOption.MATCH_CALL_ONCE.defaultValue());
            out.add(new Assumption("sipServer.options.match-call-once", matchOnce, "true".equals(matchOnce)
                    ? "a call this switch matched before that arrives again on the External Routing Point is not "
                    + "matched: it is released (404)"
                    : "a call is matched on the External Routing Point however often it arrives there"));
        }
        for (int g = 0; g < s.agentGroups().size(); g++) {
            AgentGroupConfig group = s.agentGroups().get(g);
            out.add(new Assumption("agentGroups[" + g + "].answerDelay", describe(group.answerDelay()),
                    "how long an agent of " + group.name() + " lets the call ring before answering (default 0); "
                    + "a caller who hangs up meanwhile abandons and counts against the service level"));
        }
        out.add(new Assumption("gateway.noAnswerTimeout", Durations.format(s.gateway().noAnswerTimeout()),
                "how long a caller whose call proceeds (100 Trying, 180 Ringing) waits for an answer before giving "
                + "up (failed, no answer)"));
        out.add(new Assumption("gateway.silenceTimeout", Durations.format(s.gateway().silenceTimeout()),
                "how long a caller listens to a dead line before hanging up (failed, line went dead)"));
        if (withUrs && !s.agentGroups().isEmpty()) {
            out.add(new Assumption("routing.serviceLevelThreshold",
                    Durations.format(s.routing().serviceLevelThreshold()), "service level counts the callers an agent "
                    + "answered within this long"));
            out.add(new Assumption("routing.serviceLevelDefinition", Kebab.of(s.routing().serviceLevelDefinition()),
                    switch (s.routing().serviceLevelDefinition()) {
                        case ANSWERED_AND_ABANDONED -> "over the callers answered and those who hung up waiting for an "
                                + "agent (abandons count against it)";
                        case ANSWERED -> "over the callers answered only (abandons are left out)";
                        case SHORT_ABANDONS_EXCLUDED -> "over the callers answered and those who hung up after waiting "
                                + "longer than routing.shortAbandon (" + Durations.format(s.routing().shortAbandon())
                                + ")";
                    }));
        }
        if (s.costs() != null) {
            out.add(new Assumption("costs.daysPerMonth", String.format(java.util.Locale.ROOT, "%.4g",
                    s.costs().daysPerMonth()), "a month's or a year's port licence is spread over this many days like "
                    + "the simulated one a month; the counted part of the day (after the warm-up) stands for the "
                    + "whole day in agent hours and trunk minutes"));
            if (s.costs().agent() != null) {
                out.add(new Assumption("costs.shrinkage", String.format(java.util.Locale.ROOT, "%.4g",
                        s.costs().shrinkage()), "each agent logged in is 1 / (1 − shrinkage) agents scheduled and paid"));
                if (s.costs().agent().per() != ccsim.model.config.CostPeriod.HOUR) {
                    out.add(new Assumption("costs.fteHoursPerMonth", String.format(java.util.Locale.ROOT, "%.4g",
                            s.costs().fteHoursPerMonth()), "a full-time agent's price covers this many scheduled "
                            + "hours a month"));
                }
            }
        }
        return out;
    }

    /** A distribution as a planner writes it: "constant 0 s", "uniform 1–4 s", "lognormal, mean 240 s, sd 150 s". */
    static String describe(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return "constant " + seconds(c.value());
        } else if (d instanceof Distribution.Uniform u) {
            return "uniform " + plain(u.min()) + "–" + seconds(u.max());
        } else if (d instanceof Distribution.Lognormal l) {
            return "lognormal, mean " + seconds(l.mean()) + ", sd " + seconds(l.sd());
        } else if (d instanceof Distribution.Gamma g) {
            return "gamma, mean " + seconds(g.mean()) + ", sd " + seconds(g.sd());
        } else if (d instanceof Distribution.Weibull w) {
            return "Weibull, shape " + plain(w.shape()) + ", scale " + seconds(w.scale());
        } else if (d instanceof Distribution.Empirical e) {
            return "empirical, " + e.size() + " observed values, mean " + seconds(e.mean());
        }
        return "exponential, mean " + seconds(d.mean());
    }

    private static String seconds(double s) {
        return plain(s) + " s";
    }

    /** Four significant figures at most, no trailing zeros: 0.3, 1, 240, 0.002. */
    private static String plain(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
