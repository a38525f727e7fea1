package ccsim.model.config;

import ccsim.core.random.Distribution;

/** Callers dialing one number: Poisson arrivals at {@code callsPerHour}, and their self-service time. */
public record CallTypeConfig(String name, String dialedNumber, Double callsPerHour, Distribution selfService) {
}
