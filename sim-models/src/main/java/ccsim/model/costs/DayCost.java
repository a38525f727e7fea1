package ccsim.model.costs;

import ccsim.model.config.CostsConfig;
import ccsim.model.config.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one simulated day of the deployment costs, by item, from one replication: port licences for the
 * ports configured, agents for the time they were logged in (scheduled time after shrinkage), and the
 * trunk minutes of the calls. The counted part of the day (after the warm-up) stands for the whole:
 * agent hours and trunk minutes are scaled by the horizon over the counted span.
 *
 * @param ipcsPorts       the IPCS ports configured
 * @param streamManagerPorts the Stream Manager ports configured
 * @param agentsLoggedIn  the time-average agents logged in over the counted span, all groups
 * @param trunkMinutes    the connected minutes of the counted calls
 * @param handledCalls    the counted calls served (by the IVR or an agent)
 * @param horizonHours    the simulated day
 * @param countedHours    the counted span (the horizon less the warm-up)
 */
public record DayCost(CostsConfig costs, int ipcsPorts, int streamManagerPorts, double agentsLoggedIn,
                      double trunkMinutes, long handledCalls, double horizonHours, double countedHours) {

    /** The day's cost of the scenario's ports, agents and calls as one replication measured them. */
    public static DayCost of(Scenario s, double agentsLoggedIn, double trunkMinutes, long handledCalls) {
        int ipcsPorts = s.ipcs().stream().mapToInt(c -> c.ports() == null ? 0 : c.ports()).sum();
        int smPorts = s.streamManager() == null || s.streamManager().ports() == null ? 0 : s.streamManager().ports();
        return new DayCost(s.costs(), ipcsPorts, smPorts, agentsLoggedIn, trunkMinutes, handledCalls,
                s.run().horizonSeconds() / 3600, (s.run().horizonSeconds() - s.run().warmUpSeconds()) / 3600);
    }

    public double ipcsPortCost() {
        return ipcsPorts * costs.perPortDay(costs.ipcsPort());
    }

    public double streamManagerPortCost() {
        return streamManagerPorts * costs.perPortDay(costs.streamManagerPort());
    }

    /** Agents logged in all day, as agents scheduled (1 / (1 − shrinkage) each), at the hourly price. */
    public double agentCost() {
        return agentsLoggedIn * horizonHours / (1 - costs.shrinkage()) * costs.perAgentHour();
    }

    public double trunkCost() {
        return trunkMinutes * (horizonHours / countedHours) * costs.trunkMinute();
    }

    public double total() {
        return ipcsPortCost() + streamManagerPortCost() + agentCost() + trunkCost();
    }

    /** The day's cost over the calls handled in it (the counted calls, scaled to the day); NaN with none. */
    public double perCallHandled() {
        return handledCalls == 0 ? Double.NaN : total() / (handledCalls * horizonHours / countedHours);
    }

    /** The measures, labelled as the catalogue names them, in the order files list them. */
    public Map<String, Double> measures() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("cost per day", total());
        m.put("cost per call handled", perCallHandled());
        m.put("IPCS port cost per day", ipcsPortCost());
        m.put("Stream Manager port cost per day", streamManagerPortCost());
        m.put("agent cost per day", agentCost());
        m.put("trunk cost per day", trunkCost());
        return m;
    }
}
