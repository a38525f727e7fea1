package ccsim.model.config;

import java.util.List;

import ccsim.core.random.ArrivalRate;
import ccsim.core.random.Distribution;

/**
 * Callers dialing one number: Poisson arrivals at {@code callsPerHour} or following a
 * {@code profile} of calls per interval, their self-service time, the share of them who then ask for
 * an agent, how long they will wait for one (no limit if absent), and whether a blocked or abandoned
 * caller calls again. The agent groups that take these calls are those listing the dialed number or
 * having the {@code skill}; {@code overflow} names the order in which they are tried (groups it does
 * not name follow in file order). {@code requires} names the IPCS capabilities its application needs
 * (e.g. asr).
 */
public record CallTypeConfig(String name, String dialedNumber, Double callsPerHour, ArrivalProfileConfig profile,
                             Distribution selfService, Double agentShare, Distribution patience,
                             RedialConfig redial, String skill, List<String> overflow, List<String> requires) {

    /** Callers whose application needs no particular IPCS capability. */
    public CallTypeConfig(String name, String dialedNumber, Double callsPerHour, ArrivalProfileConfig profile,
                          Distribution selfService, Double agentShare, Distribution patience, RedialConfig redial,
                          String skill, List<String> overflow) {
        this(name, dialedNumber, callsPerHour, profile, selfService, agentShare, patience, redial, skill, overflow,
                null);
    }

    /** Callers who never call again. */
    public CallTypeConfig(String name, String dialedNumber, Double callsPerHour, ArrivalProfileConfig profile,
                          Distribution selfService, Double agentShare, Distribution patience) {
        this(name, dialedNumber, callsPerHour, profile, selfService, agentShare, patience, null);
    }

    /** Callers served by the groups listing their dialed number, in file order. */
    public CallTypeConfig(String name, String dialedNumber, Double callsPerHour, ArrivalProfileConfig profile,
                          Distribution selfService, Double agentShare, Distribution patience, RedialConfig redial) {
        this(name, dialedNumber, callsPerHour, profile, selfService, agentShare, patience, redial, null, null);
    }

    public CallTypeConfig {
        agentShare = agentShare == null ? 0.0 : agentShare;
        overflow = overflow == null ? List.of() : List.copyOf(overflow);
        requires = requires == null ? List.of() : List.copyOf(requires);
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
