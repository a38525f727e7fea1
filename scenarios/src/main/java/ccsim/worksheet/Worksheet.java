package ccsim.worksheet;

import ccsim.core.network.Address;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Scenario;
import ccsim.model.config.VirtualSwitchConfig;
import ccsim.model.sip.SwitchDns;
import ccsim.model.sip.TrunkDirectory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The integration worksheet of a scenario's mode (guide Appendix A, Tables 11-13), filled with the
 * scenario's values: what the configuration objects must be named and numbered for the deployment the
 * scenario simulates, beside the guide's sample value and description of each field.
 */
public record Worksheet(String title, String seedTable, List<Row> rows) {

    /** One field of the worksheet. */
    public record Row(String section, String field, String value, String seedSample, String description) {
    }

    /** The worksheet for {@code s}'s mode. */
    public static Worksheet of(Scenario s) {
        return switch (s.mode()) {
            case IN_FRONT -> inFront(s);
            case BEHIND -> behind(s);
            case STAND_ALONE -> standAlone(s);
        };
    }

    /** guide Table 11. */
    private static Worksheet inFront(Scenario s) {
        VirtualSwitchConfig vs = s.ivrServer().virtualSwitch();
        String ports = portRanges(s);
        String trunkGroups = vs.accessResources().stream().map(vs::trunkGroupDn).collect(Collectors.joining(", "));
        List<Row> rows = List.of(
                new Row("Virtual Switch for GVP", "Number of available ports on GVP", String.valueOf(totalPorts(s)), "3",
                        "Check the Max Channels value in GVP EMPS to determine the number of available ports."),
                new Row("Virtual Switch for GVP", "Number of Voice Treatment Port (VTP) DNs",
                        String.valueOf(totalPorts(s)), "3", "The number of VTP DNs must equal the number of ports "
                        + "available on GVP."),
                new Row("Virtual Switch for GVP", "VTP DNs", ports, "01 to 03",
                        "Number range for the Voice Treatment Port DNs."),
                new Row("Virtual Switch for GVP", "Access Resource DN", String.join(", ", vs.accessResources()), "4618",
                        "Create an Access Resource DN in the virtual switch that corresponds to the access code "
                        + "configured in the SIP Server switch."),
                new Row("Virtual Switch for GVP", "External Routing Point DN", orDash(vs.externalRoutingPoint()), "4612",
                        "Create the External Routing Point DN corresponding to the Access Code created in the GVP "
                        + "virtual switch."),
                new Row("Framework Resources", "Place objects", ports, "01 to 03",
                        "Use the same numbering scheme for your Place objects as you did for the VTP DNs."),
                new Row("Framework Resources", "Place Group object", vs.name(), "GVP_EE_IP_VIRTUAL",
                        "Create a Place Group that routing uses as the target when sending calls from SIP Server to "
                        + "GVP."),
                new Row("Framework Resources", "Routing Point DN", orDash(String.join(", ", vs.routingPoints())),
                        "1051", "GVP transfers calls to an agent using this Routing Point (Table 11 prints 1501; "
                        + "the procedure and Figures 36 and 38 use 1051)."),
                new Row("IVR Object", "IVR ports", ports, "01 to 03",
                        "Use the same numbering scheme for your IVR ports as you did for the VTP DNs."),
                new Row("SIP Server Switch Object", "Routing Point", String.join(", ", inboundRoutingPoints(s)), "4617",
                        "The Media Gateway forwards inbound calls to this Routing Point in the SIP Server switch."),
                new Row("SIP Server Switch Object", "Trunk Group DN", trunkGroups, "4618",
                        "SIP Server uses this Trunk Group DN to direct inbound calls to GVP."),
                new Row("SIP Server Switch Object", "Trunk DN (optional for the Alcatel 5020 Softswitch)",
                        orDash(dnNames(s, d -> d.type() == DnType.TRUNK && d.pointsTo(s.gateway().address()))), "GW",
                        "The name of the trunk used to link SIP Server with the Alcatel 5020 Softswitch."));
        return new Worksheet("Integration Worksheet—In-Front Mode", "Table 11", rows);
    }

    /** guide Table 12. */
    private static Worksheet behind(Scenario s) {
        String ports = portRanges(s);
        String placeGroups = s.ipcs().stream().map(c -> TrunkDirectory.ipcsTrunkName(Address.parse(c.address()).host()))
                .collect(Collectors.joining(", "));
        String vrp = s.routing().virtualRoutingPoint() != null ? s.routing().virtualRoutingPoint()
                : dnNames(s, d -> d.type() == DnType.VIRTUAL_ROUTING_POINT);
        List<Row> rows = List.of(
                new Row("IVR Server", "Virtual Routing Point DN", orDash(vrp), "2700",
                        "For call queuing on GVP, create a Virtual Routing Point in the SIP Server switch, and then "
                        + "point the IVR Server to this Virtual Routing Point in its options."),
                new Row("SIP Server Switch", "Voice Treatment Port DNs", ports, "2011 to 2014",
                        "Create as many Voice Treatment Port DNs as the number of declared ports on each IPCS."),
                new Row("Framework Resources", "Places", ports, "2011 to 2014",
                        "Create a Place object for every corresponding Voice Treatment Port."),
                new Row("Framework Resources", "Place Group", placeGroups, "172211115",
                        "Create a Place Group object for each IPCS. Use the IP address of the targeted IPCS, with dot "
                        + "(.) separators removed."),
                new Row("GVP Instance", "IVR object for GVP", s.ivrServer().ivrObject(), "GVP",
                        "Name of the IVR object that represents the whole GVP instance."),
                new Row("GVP Instance", "IVR ports", ports, "2011 to 2014, 2021 to 2024",
                        "Create an IVR port for each corresponding Voice Treatment Port DN in the SIP Server switch."));
        return new Worksheet("Integration Worksheet—Behind Mode", "Table 12", rows);
    }

    /** guide Table 13. */
    private static Worksheet standAlone(Scenario s) {
        String rm = s.resourceManager() == null ? null : s.resourceManager().address();
        String ipcsTrunks = s.ipcs().stream().map(c -> TrunkDirectory.ipcsTrunkName(Address.parse(c.address()).host()))
                .collect(Collectors.joining(", "));
        List<Row> rows = List.of(
                new Row("SIP Server Switch", "Trunk DN", orDash(dnNames(s, d -> d.type() == DnType.TRUNK
                        && rm != null && d.pointsTo(rm))), "Resource Manager",
                        "Use an arbitrary name for the trunk that points the SIP Server switch to the GVP Resource "
                        + "Manager."),
                new Row("SIP Server Switch", "Trunk Group DN", ipcsTrunks, "172211115",
                        "Create a Trunk Group DN for every IPCS in your configuration. Use the IP address of the "
                        + "targeted IPCS, with dot (.) separators removed."));
        return new Worksheet("Integration Worksheet—Stand-Alone Mode", "Table 13", rows);
    }

    private static int totalPorts(Scenario s) {
        return s.ipcs().stream().mapToInt(IpcsConfig::ports).sum();
    }

    /** Each IPCS's Voice Treatment Port DNs as the guide writes them: "2011 to 2014, 2021 to 2024". */
    private static String portRanges(Scenario s) {
        List<String> ranges = new ArrayList<>();
        for (IpcsConfig c : s.ipcs()) {
            if (c.channelIdStart() != null && c.portDnCount() > 0) {
                List<String> dns = SwitchDns.numbered(c.channelIdStart(), c.portDnCount());
                ranges.add(dns.size() == 1 ? dns.get(0) : dns.get(0) + " to " + dns.get(dns.size() - 1));
            }
        }
        return orDash(String.join(", ", ranges));
    }

    private static List<String> inboundRoutingPoints(Scenario s) {
        Set<String> rps = new LinkedHashSet<>();
        s.callTypes().forEach(t -> rps.add(t.dialedNumber()));
        return List.copyOf(rps);
    }

    private static String dnNames(Scenario s, Predicate<DnConfig> which) {
        return s.sipServer().dns().stream().filter(which).map(DnConfig::name).collect(Collectors.joining(", "));
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    /** As a Markdown document: a heading and one table per section. */
    public String markdown(String scenarioName) {
        StringBuilder md = new StringBuilder("# " + title + " — " + scenarioName + "\n\n");
        md.append("The guide's Appendix A, ").append(seedTable).append(", filled with the values of the scenario.\n");
        String section = null;
        for (Row r : rows) {
            if (!r.section().equals(section)) {
                section = r.section();
                md.append("\n## ").append(section).append("\n\n| Field | Value | Seed sample | Description |\n")
                        .append("|---|---|---|---|\n");
            }
            md.append("| ").append(cell(r.field())).append(" | ").append(cell(r.value())).append(" | ")
                    .append(cell(r.seedSample())).append(" | ").append(cell(r.description())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
