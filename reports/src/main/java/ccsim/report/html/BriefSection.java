package ccsim.report.html;

import static ccsim.report.html.Page.esc;

import ccsim.core.network.Address;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import ccsim.model.config.VirtualSwitchConfig;
import ccsim.model.faults.HighAvailability;
import ccsim.scenario.Durations;
import ccsim.scenario.Kebab;
import ccsim.scenario.ScenarioRun;
import ccsim.scenario.Variant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** "Deployment and load": what was simulated, in a planner's words, side by side for the variants. */
final class BriefSection {
    private BriefSection() {
    }

    /**
     * The deployment and the load; with variants, one column per variant where they differ (the
     * queuing, the transfer), one cell across them where they agree.
     */
    static void append(StringBuilder b, List<Variant> variants, List<ScenarioRun> runs) {
        b.append("<section id=\"brief\"><h2>Deployment and load</h2><table>\n");
        List<Map<String, String>> rows = runs.stream().map(r -> of(r.scenario())).toList();
        if (rows.size() == 1) {
            rows.get(0).forEach((k, v) -> row(b, k, v));
        } else {
            b.append("<tr><th></th>");
            variants.forEach(v -> b.append("<th>").append(esc(v.name())).append("</th>"));
            b.append("</tr>\n");
            Set<String> labels = new LinkedHashSet<>();
            rows.forEach(r -> labels.addAll(r.keySet()));
            for (String label : labels) {
                List<String> values = rows.stream().map(r -> r.getOrDefault(label, "–")).toList();
                b.append("<tr><th>").append(esc(label)).append("</th>");
                if (values.stream().distinct().count() == 1) {
                    b.append("<td colspan=\"").append(values.size()).append("\">").append(esc(values.get(0)))
                            .append("</td>");
                } else {
                    values.forEach(v -> b.append("<td class=\"differs\">").append(esc(v)).append("</td>"));
                }
                b.append("</tr>\n");
            }
        }
        b.append("</table></section>\n");
    }

    /** The rows of the deployment table for {@code s}, label to value, in order. */
    static Map<String, String> of(Scenario s) {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("Mode", Kebab.of(s.mode()));
        if (s.mode() == Mode.BEHIND) {
            b.put("Queuing", s.routing().queuing() == ccsim.model.config.Queuing.GVP
                    ? "on GVP (Virtual Routing Point " + s.routing().virtualRoutingPoint() + ")"
                    : "on SIP Server with Stream Manager (Routing Point " + s.routing().agentRoutingPoint() + ")");
            b.put("Transfer to agents", s.routing().queuing() == ccsim.model.config.Queuing.GVP
                    ? "IVR Server single-step transfer"
                    : Kebab.of(s.routing().transferMethod()));
            b.put("Resource Manager", s.routing().useResourceManager() && s.resourceManager() != null
                    ? "asked by the strategy (" + s.resourceManager().address() + ")" : "not asked");
        } else if (s.mode() == Mode.IN_FRONT) {
            VirtualSwitchConfig vs = s.ivrServer().virtualSwitch();
            b.put("Delivery to GVP", "Place Group " + vs.name() + " of the virtual switch, by ISCC DNIS pooling "
                    + "(Access Resources " + String.join(", ", vs.accessResources()) + ")");
            String rp = s.routing().agentRoutingPoint();
            b.put("Delivery to agents", rp == null ? "none"
                    : s.routing().transferMethod() == TransferMethod.BRIDGED ? "bridged transfer through Routing Point " + rp
                    : vs.routingPoints().contains(rp) ? "IVR Server route on Routing Point " + rp
                    + " (queuing on GVP), then REFER to External Routing Point " + vs.externalRoutingPoint()
                    : "REFER to Routing Point " + rp + " (queuing on SIP Server with Stream Manager)");
        }
        if (s.mode() != Mode.BEHIND && s.resourceManager() != null) {
            b.put("Resource Manager", s.resourceManager().address() + ", " + Kebab.of(s.resourceManager().policy()));
        }
        for (IpcsConfig c : s.ipcs()) {
            b.put("IPCS " + c.address(), String.format(Locale.ROOT, "%,d ports", c.ports()));
        }
        if (s.streamManager() != null && s.mode() != Mode.STAND_ALONE) {
            b.put("Stream Manager", String.format(Locale.ROOT, "%,d ports", s.streamManager().ports()));
        }
        for (AgentGroupConfig g : s.agentGroups()) {
            b.put("Agents " + g.name(), String.format(Locale.ROOT, "%,d agents", g.agents()) + ", talk mean "
                    + seconds(g.talkTime().mean())
                    + ", after-call work mean " + seconds(g.afterCallWork().mean()));
        }
        if (s.agentGroups().isEmpty()) {
            b.put("Agents", "none: " + (s.mode() == Mode.STAND_ALONE ? "Stand-Alone is pure self-service"
                    : "no agent group"));
        }
        for (CallTypeConfig ct : s.callTypes()) {
            String agents = ct.agentShare() > 0 ? String.format(Locale.ROOT, ", %.0f%% then ask for an agent",
                    ct.agentShare() * 100) : "";
            String load = ct.profile() == null ? String.format(Locale.ROOT, "%,.0f per hour", ct.callsPerHour())
                    : String.format(Locale.ROOT, "%,.0f by a forecast of %d intervals of %s",
                    ct.profile().calls().stream().mapToDouble(Double::doubleValue).sum(), ct.profile().calls().size(),
                    Durations.format(ct.profile().interval()));
            b.put("Calls to " + ct.dialedNumber(), String.format(Locale.ROOT, "%s, self-service mean %s%s", load,
                    seconds(ct.selfService().mean()), agents));
        }
        highAvailability(b, s);
        // the warm-up is the horizon's start: simulated and charted per interval, left out of the key figures
        b.put("Simulated", Durations.format(s.run().horizon()) + " per replication" + (s.run().warmUp().isZero() ? ""
                : ", its first " + Durations.format(s.run().warmUp()) + " a warm-up left out of the key figures")
                + ", " + s.run().replicationsText());
        return b;
    }

    /** The backups and the faults the measures faults[k] refer to (guide ch.1 "High Availability"). */
    private static void highAvailability(Map<String, String> b, Scenario s) {
        if (s.sipServer().backup() != null) {
            b.put("SIP Server backup", "behind NLBS, failover mean " + seconds(s.sipServer().backup().failover().mean()));
        }
        if (s.resourceManager() != null && s.resourceManager().backup() != null) {
            b.put("Resource Manager backup", "under the cluster service, failover mean "
                    + seconds(s.resourceManager().backup().failover().mean()));
        }
        if (HighAvailability.sharedHost(s)) {
            b.put("High availability", "void: SIP Server and the Resource Manager share host "
                    + Address.parse(s.sipServer().address()).host() + ", so no backup can take over (ccsim lint)");
        }
        for (int k = 0; k < s.faults().size(); k++) {
            FaultConfig f = s.faults().get(k);
            String what = f.host() != null ? "host " + f.host() : f.node();
            String when = (f.at() != null ? "at " + Durations.format(f.at()) : "")
                    + (f.every() != null ? (f.at() != null ? ", then " : "") + "every " + seconds(f.every().mean())
                    + " (mean) after each repair" : "");
            b.put("Fault faults[" + k + "]", what + " fails " + when + "; repair mean " + seconds(f.downFor().mean()));
        }
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.0f s", s);
    }
}
