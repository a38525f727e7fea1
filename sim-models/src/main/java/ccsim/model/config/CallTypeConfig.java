package ccsim.model.config;

import ccsim.core.random.Distribution;

/**
 * Callers dialing one number: Poisson arrivals at {@code callsPerHour}, their self-service time, the
 * share of them who then ask for an agent, and how long they will wait for one (no limit if absent).
 */
public record CallTypeConfig(String name, String dialedNumber, Double callsPerHour, Distribution selfService,
                             Double agentShare, Distribution patience) {

    public CallTypeConfig {
        agentShare = agentShare == null ? 0.0 : agentShare;
    }
}
