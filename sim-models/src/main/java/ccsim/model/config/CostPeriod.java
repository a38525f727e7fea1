package ccsim.model.config;

/** What a price is paid per: an hour, a day, a month or a year. */
public enum CostPeriod {
    HOUR, DAY, MONTH, YEAR
}
