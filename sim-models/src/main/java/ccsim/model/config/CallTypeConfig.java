package ccsim.model.config;

import ccsim.core.random.ArrivalRate;
import ccsim.core.random.Distribution;

/**
 * Callers dialing one number: Poisson arrivals at {@code callsPerHour} or following a
 * {@code profile} of calls per interval, their self-service time, the share of them who then ask for
 * an agent, how long they will wait for one (no limit if absent), and whether a blocked or abandoned
 * caller calls again.
 */
public record CallTypeConfig(String name, String dialedNumber, Double callsPerHour, ArrivalProfileConfig profile,
                             Distribution selfService, Double agentShare, Distribution patience,
                             RedialConfig redial) {

    /** Callers who never call again. */
    public CallTypeConfig(String name, String dialedNumber, Double callsPerHour, ArrivalProfileConfig profile,
                          Distribution selfService, Double agentShare, Distribution patience) {
        this(name, dialedNumber, callsPerHour, profile, selfService, agentShare, patience, null);
    }

    public CallTypeConfig {
        agentShare = agentShare == null ? 0.0 : agentShare;
    }

    /** The arrival rate: the constant one, or the profile's calls per interval spread evenly in each. */
    public ArrivalRate arrivalRate() {
        if (profile == null) {
            return new ArrivalRate.Constant(callsPerHour / 3600);
        }
        double length = RunSettings.seconds(profile.interval());
        return new ArrivalRate.Piecewise(length, profile.calls().stream().mapToDouble(c -> c / length).toArray());
    }
}
