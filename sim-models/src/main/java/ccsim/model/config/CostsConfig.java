package ccsim.model.config;

/**
 * What the deployment costs, for the report's cost measures and for sizing at the lowest cost. Every
 * price is optional; an absent one costs nothing.
 *
 * @param currency          the unit every cost is written in (default "money")
 * @param daysPerMonth      how many days like the simulated one a month holds, to turn a monthly or yearly
 *                          licence into a day's (default 30.4, 365/12: a centre open every day)
 * @param ipcsPort          an IPCS port licence, per day, month or year
 * @param streamManagerPort a Stream Manager port licence, per day, month or year
 * @param agent             an agent scheduled, per hour, or per month or year for a full-time equivalent
 * @param fteHoursPerMonth  the hours a full-time equivalent is scheduled a month (default 160)
 * @param shrinkage         the share of scheduled time not on the phone (breaks, training, absence): an
 *                          agent logged in costs 1 / (1 − shrinkage) agents scheduled (default 0)
 * @param trunkMinute       a minute of a connected call at the gateway (trunk or carrier), from its answer
 *                          to its end: callers held in the IVR or in queue cost minutes too
 */
public record CostsConfig(String currency, Double daysPerMonth, CostRate ipcsPort, CostRate streamManagerPort,
                          CostRate agent, Double fteHoursPerMonth, Double shrinkage, Double trunkMinute) {
    public static final double DEFAULT_DAYS_PER_MONTH = 365.0 / 12;
    public static final double DEFAULT_FTE_HOURS_PER_MONTH = 160;

    public CostsConfig {
        currency = currency == null ? "money" : currency;
        daysPerMonth = daysPerMonth == null ? DEFAULT_DAYS_PER_MONTH : daysPerMonth;
        fteHoursPerMonth = fteHoursPerMonth == null ? DEFAULT_FTE_HOURS_PER_MONTH : fteHoursPerMonth;
        shrinkage = shrinkage == null ? 0.0 : shrinkage;
        trunkMinute = trunkMinute == null ? 0.0 : trunkMinute;
    }

    /** A port licence's price for one simulated day; 0 without one. */
    public double perPortDay(CostRate licence) {
        if (licence == null) {
            return 0;
        }
        return switch (licence.per()) {
            case DAY -> licence.amount();
            case MONTH -> licence.amount() / daysPerMonth;
            case YEAR -> licence.amount() / (12 * daysPerMonth);
            case HOUR -> throw new IllegalStateException("a port licence per hour is refused by the scenario's checks");
        };
    }

    /** An agent's price for one scheduled hour; 0 without one. */
    public double perAgentHour() {
        if (agent == null) {
            return 0;
        }
        return switch (agent.per()) {
            case HOUR -> agent.amount();
            case MONTH -> agent.amount() / fteHoursPerMonth;
            case YEAR -> agent.amount() / (12 * fteHoursPerMonth);
            case DAY -> throw new IllegalStateException("an agent's cost per day is refused by the scenario's checks");
        };
    }
}
