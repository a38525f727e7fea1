package ccsim.scenario;

import ccsim.model.config.CostPeriod;
import ccsim.model.config.CostRate;
import ccsim.model.config.CostsConfig;
import ccsim.model.config.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checks of a scenario's {@code costs}: each problem by its field under {@code costs}. */
final class CostsCheck {
    private CostsCheck() {
    }

    static Map<String, String> problems(Scenario s) {
        CostsConfig c = s.costs();
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.currency().isBlank()) {
            problems.put("currency", "the unit costs are written in must not be empty (e.g. EUR)");
        }
        if (!(c.daysPerMonth() > 0 && c.daysPerMonth() <= 31)) {
            problems.put("daysPerMonth", "how many days like the simulated one a month holds: more than 0, at most 31; "
                    + "was " + c.daysPerMonth());
        }
        if (!(c.fteHoursPerMonth() > 0 && c.fteHoursPerMonth() <= 744)) {
            problems.put("fteHoursPerMonth", "the hours a full-time agent is scheduled a month: more than 0, at most "
                    + "744; was " + c.fteHoursPerMonth());
        }
        if (!(c.shrinkage() >= 0 && c.shrinkage() < 1)) {
            problems.put("shrinkage", "the share of scheduled time not on the phone: at least 0 and below 1 (at 1 no "
                    + "scheduled agent would ever take a call); was " + c.shrinkage());
        }
        if (!(c.trunkMinute() >= 0)) {
            problems.put("trunkMinute", "a price: 0 or more; was " + c.trunkMinute());
        }
        licence(problems, "ipcsPort", c.ipcsPort(), s.ipcs().isEmpty() ? "there is no IPCS" : null);
        licence(problems, "streamManagerPort", c.streamManagerPort(),
                s.streamManager() == null ? "there is no Stream Manager" : null);
        if (c.agent() != null) {
            price(problems, "agent", c.agent());
            if (c.agent().per() == CostPeriod.DAY) {
                problems.put("agent.per", "an agent costs per hour, or per month or year for a full-time equivalent "
                        + "(fteHoursPerMonth); a day's shift has no fixed length here");
            }
            if (s.agentGroups().isEmpty()) {
                problems.put("agent", "there are no agents in this deployment to cost");
            }
        }
        return problems;
    }

    private static void licence(Map<String, String> problems, String field, CostRate rate, String absent) {
        if (rate == null) {
            return;
        }
        price(problems, field, rate);
        if (rate.per() == CostPeriod.HOUR) {
            problems.put(field + ".per", "a port licence is paid per day, month or year, not per hour");
        }
        if (absent != null) {
            problems.put(field, absent + " to license");
        }
    }

    private static void price(Map<String, String> problems, String field, CostRate rate) {
        if (!(rate.amount() >= 0)) {
            problems.put(field + ".amount", "a price: 0 or more; was " + rate.amount());
        }
    }
}
