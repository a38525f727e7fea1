package ccsim.model.config;

/** A price and what it is paid per: 35 a month for a port licence, 28 an hour for an agent. */
public record CostRate(double amount, CostPeriod per) {
}
