package ccsim.scenario;

import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.core.experiment.Progress;
import ccsim.core.stats.Observation;
import ccsim.core.random.Distribution;
import ccsim.model.ContactCenter;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.ArrivalProfileConfig;
import ccsim.model.config.BreakConfig;
import ccsim.model.config.ShiftConfig;
import ccsim.model.config.StaffingConfig;
import ccsim.model.config.SipTimersConfig;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.LinkConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Queuing;
import ccsim.model.config.RoutingConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.TargetConfig;
import ccsim.model.config.VirtualSwitchConfig;
import ccsim.model.config.Scenario;
import ccsim.model.sip.SipServerOption;
import ccsim.model.sip.SwitchDns;
import ccsim.model.sip.TrunkDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks a scenario must pass before anything runs: a scenario that fails one could not run at
 * all, or would run something other than what its author meant. Each problem names its field.
 */
final class ScenarioCheck {
    /** A problem at a field. */
    record Problem(FieldPath field, String message) {
    }

    /** A name that becomes a folder (the scenario's, a variant's): no path in it, short enough for any file system. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    /** What {@link #isFolderName} accepts, in words. */
    static final String NAME_RULE = "letters, digits, '.', '_' or '-', starting with a letter or digit, at most 80 "
            + "characters";

    /** Whether {@code name} can name a folder of results: the scenario's out/&lt;name&gt;, a variant's trace/&lt;name&gt;. */
    static boolean isFolderName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final List<Mode> MODELLED = List.of(Mode.STAND_ALONE, Mode.BEHIND, Mode.IN_FRONT);

    private final List<Problem> problems = new ArrayList<>();

    private ScenarioCheck() {
    }

    static List<Problem> of(Scenario s) {
        // non-finite numbers and sizes no run could finish first: the checks below assume neither
        List<Problem> limits = ScenarioLimits.of(s);
        if (!limits.isEmpty()) {
            return limits;
        }
        ScenarioCheck c = new ScenarioCheck();
        try {
            c.check(s);
        } catch (RuntimeException e) {
            // a later check tripped over a value an earlier one refused (a DN without a name): those problems
            // are the answer; a failure with none found first is ccsim's own, and goes up
            if (c.problems.isEmpty()) {
                throw e;
            }
            return c.problems;
        }
        if (c.problems.isEmpty()) {
            c.checkTargets(s);
        }
        return c.problems;
    }

    /**
     * Each target names a measure the scenario produces, with one bound. The names are those of a
     * one-second run of the scenario, so that they are exactly the ones a run reports.
     */
    private void checkTargets(Scenario s) {
        if (s.targets().isEmpty()) {
            return;
        }
        RunSettings second = new RunSettings(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1), 1,
                s.run().seed(), s.run().eventList());
        Map<String, String> units = new LinkedHashMap<>();
        for (Observation o : ContactCenter.replicate(s.withRun(second), 0, new Progress()).observations()) {
            units.put(o.measure(), o.unit());
        }
        Set<String> measures = units.keySet();
        for (int i = 0; i < s.targets().size(); i++) {
            TargetConfig t = s.targets().get(i);
            FieldPath p = at("targets").index(i);
            if (t.measure() == null || !measures.contains(t.measure())) {
                problem(p.field("measure"), (t.measure() == null ? "required" : "'" + t.measure() + "' is no measure "
                        + "of this scenario") + "; its measures: " + String.join(", ", measures));
            }
            if ((t.min() == null) == (t.max() == null)) {
                problem(p, "a target has exactly one of min and max");
            } else if (measures.contains(t.measure())) {
                boolean atMost = t.max() != null;
                RatioBound.problem(t.measure(), units.get(t.measure()), atMost, atMost ? t.max() : t.min())
                        .ifPresent(m -> problem(p.field(atMost ? "max" : "min"), m));
            }
        }
    }

    private void problem(FieldPath field, String message) {
        problems.add(new Problem(field, message));
    }

    private FieldPath at(String dotted) {
        return FieldPath.parse(dotted);
    }

    private void check(Scenario s) {
        if (!isFolderName(s.name())) {
            problem(at("name"), "required: " + NAME_RULE + " (it names the output folder)");
        }
        if (s.mode() == null) {
            problem(at("mode"), "required: one of stand-alone, behind, in-front");
        } else if (!MODELLED.contains(s.mode())) {
            problem(at("mode"), ScenarioModule.kebab(s.mode()) + " is not modelled by this version of ccsim; "
                    + "modelled: " + MODELLED.stream().map(ScenarioModule::kebab).collect(Collectors.joining(", ")));
        }
        if (!Scenario.GVP_RELEASES.contains(s.gvpRelease())) {
            problem(at("gvpRelease"), "'" + s.gvpRelease() + "' is not a GVP release the guide covers; one of "
                    + String.join(", ", Scenario.GVP_RELEASES) + " (write it in quotes, e.g. \"7.5\")");
        }
        checkRun(s);
        checkFaults(s);
        checkNetwork(s);
        checkAddress(at("gateway.address"), s.gateway().address());
        checkAddress(at("sipServer.address"), s.sipServer().address());
        checkOptions(at("sipServer.options"), s.sipServer().options(), true);
        checkDns(s.sipServer().dns());
        if (s.sipServer().overload() != null) {
            Integer limit = s.sipServer().overload().queueLimit();
            if (limit == null || limit < 1) {
                problem(at("sipServer.overload.queueLimit"), "required: how many messages may wait before new calls "
                        + "are refused (at least 1)");
            }
            if (s.sipServer().processing() == null) {
                problem(at("sipServer.overload"), "an overload policy needs a processing capacity to protect: add "
                        + "sipServer.processing (workers, serviceTime)");
            }
        }
        if (s.sipServer().redirectRetries() < 0) {
            problem(at("sipServer.redirectRetries"), "must be zero or more, was " + s.sipServer().redirectRetries());
        }
        if (s.mode() == Mode.STAND_ALONE && s.resourceManager() == null) {
            problem(at("resourceManager"), "required in stand-alone mode: SIP Server sends every call to the "
                    + "Resource Manager (guide ch.4, Table 9)");
        } else if (s.resourceManager() != null) {
            checkAddress(at("resourceManager.address"), s.resourceManager().address());
        }
        // a Stream Manager is built whenever it is described, whatever the mode and the queuing
        if (s.streamManager() != null) {
            checkAddress(at("streamManager.address"), s.streamManager().address());
            if (s.streamManager().ports() == null || s.streamManager().ports() < 1) {
                problem(at("streamManager.ports"), "must be at least 1");
            }
        }
        checkIpcs(s.ipcs());
        if (s.costs() != null) {
            CostsCheck.problems(s).forEach((field, message) -> problem(at("costs." + field), message));
        }
        checkCallTypes(s);
        if (s.mode() == Mode.STAND_ALONE) {
            checkNoAgents(s);
        } else if (s.mode() == Mode.BEHIND || s.mode() == Mode.IN_FRONT) {
            checkAgentRouting(s);
        }
        if (s.mode() == Mode.IN_FRONT) {
            checkVirtualSwitch(s);
        }
    }

    /** guide ch.1: "Framework routing to agents is not available" in Stand-Alone mode. */
    private void checkNoAgents(Scenario s) {
        if (!s.agentGroups().isEmpty()) {
            problem(at("agentGroups"), "stand-alone mode has no routing to agents (guide ch.1, \"GVP in Stand-Alone "
                    + "Mode\"); use mode: behind");
        }
        for (int i = 0; i < s.callTypes().size(); i++) {
            if (s.callTypes().get(i).agentShare() > 0) {
                problem(at("callTypes").index(i).field("agentShare"), "stand-alone mode does not support call "
                        + "transfers out of GVP (guide ch.1), so no caller can reach an agent");
            }
        }
    }

    /** Behind and In-Front: URS strategies, IVR Server, agents and the queuing choice. */
    private void checkAgentRouting(Scenario s) {
        boolean inFront = s.mode() == Mode.IN_FRONT;
        String mode = ScenarioModule.kebab(s.mode());
        Set<String> routingPoints = new HashSet<>();
        for (DnConfig dn : s.sipServer().dns()) {
            if (dn.type() == DnType.ROUTING_POINT) {
                routingPoints.add(dn.name());
            }
        }
        Set<String> virtualRoutingPoints = new HashSet<>();
        for (DnConfig dn : s.sipServer().dns()) {
            if (dn.type() == DnType.VIRTUAL_ROUTING_POINT) {
                virtualRoutingPoints.add(dn.name());
            }
        }
        RoutingConfig routing = s.routing();
        if (!inFront && routing.useResourceManager() && s.resourceManager() == null) {
            problem(at("routing.useResourceManager"), "the strategy cannot ask a Resource Manager the scenario does "
                    + "not have: add resourceManager or set useResourceManager: false (guide ch.1, note on steps 3 to 6)");
        }
        checkAddress(at("ivrServer.address"), s.ivrServer().address());
        for (int i = 0; i < s.ipcs().size(); i++) {
            String start = s.ipcs().get(i).channelIdStart();
            if (start == null || !DIGITS.matcher(start).matches()) {
                problem(at("ipcs").index(i).field("channelIdStart"), "required in " + mode + " mode: the number of "
                        + "the IPCS's first Voice Treatment Port DN (PopGateway ChannelIDStart, guide ch.2, Table 11)");
            }
        }
        boolean agentsWanted = s.callTypes().stream().anyMatch(t -> t.agentShare() > 0);
        List<String> virtualSwitchRps = inFront && s.ivrServer().virtualSwitch() != null
                ? s.ivrServer().virtualSwitch().routingPoints() : List.of();
        if (agentsWanted && inFront && routing.queuing() == Queuing.GVP) {
            // without a virtual switch at all, that one problem is reported by checkVirtualSwitch
            boolean hasSwitch = s.ivrServer().virtualSwitch() != null;
            if (hasSwitch && (routing.agentRoutingPoint() == null
                    || !virtualSwitchRps.contains(routing.agentRoutingPoint()))) {
                problem(at("routing.agentRoutingPoint"), "queuing on GVP in in-front mode waits on a Routing Point of "
                        + "the virtual switch (guide ch.1, In-Front; 1051 in ch.3): name one of "
                        + "ivrServer.virtualSwitch.routingPoints " + virtualSwitchRps);
            }
        } else if (agentsWanted && routing.queuing() == Queuing.GVP) {
            if (routing.virtualRoutingPoint() == null) {
                problem(at("routing.virtualRoutingPoint"), "required for queuing on GVP: the Virtual Routing Point "
                        + "the routing block queues on (2700 in the guide, ch.2 \"Enabling call queuing on GVP\")");
            } else if (!virtualRoutingPoints.contains(routing.virtualRoutingPoint())) {
                problem(at("routing.virtualRoutingPoint"), routing.virtualRoutingPoint() + " is not a "
                        + "virtual-routing-point DN in sipServer.dns");
            }
        } else if (agentsWanted) {
            if (routing.agentRoutingPoint() == null) {
                problem(at("routing.agentRoutingPoint"), "required for queuing on SIP Server: the Routing Point "
                        + "GVP transfers callers to (guide ch.1, queuing on SIP Server step 1)");
            } else if (virtualSwitchRps.contains(routing.agentRoutingPoint())) {
                problem(at("routing.queuing"), "stream-manager, but agentRoutingPoint " + routing.agentRoutingPoint()
                        + " is a Routing Point of the virtual switch, where callers wait on GVP: set queuing: gvp, or "
                        + "name a routing-point DN of sipServer.dns");
            } else if (!routingPoints.contains(routing.agentRoutingPoint())) {
                problem(at("routing.agentRoutingPoint"), routing.agentRoutingPoint() + " is not a routing-point DN "
                        + "in sipServer.dns");
            }
            if (s.streamManager() == null) {
                problem(at("streamManager"), "required for queuing on SIP Server: the treatment plays on a Stream "
                        + "Manager port (guide ch.1)");
            }
        }
        checkDnNumbering(s);
        for (int g = 0; g < s.agentGroups().size(); g++) {
            AgentGroupConfig group = s.agentGroups().get(g);
            FieldPath p = at("agentGroups").index(g);
            if (group.name() == null || group.name().isBlank()) {
                problem(p.field("name"), "required");
            }
            if (group.agents() == null || group.agents() < 1) {
                problem(p.field("agents"), "must be at least 1" + (group.agents() == null ? "" : ", was " + group.agents()));
            }
            if (group.firstDn() == null || !DIGITS.matcher(group.firstDn()).matches()) {
                problem(p.field("firstDn"), "required: the Extension DN of the group's first agent (digits)");
            }
            if (group.talkTime() == null) {
                problem(p.field("talkTime"), "required: the talk time distribution");
            }
            checkShifts(p, group);
            if (group.staffing() != null) {
                checkStaffing(p, group, s.run().horizonSeconds());
            }
            if (group.hold() != null) {
                checkShare(p.field("hold"), group.hold().probability(), "duration", group.hold().duration(),
                        "how long a call stays on hold");
            }
            if (group.conferenceGvp() != null) {
                checkShare(p.field("conferenceGvp"), group.conferenceGvp().probability(), "duration",
                        group.conferenceGvp().duration(), "how long GVP stays in the call");
                if (s.streamManager() == null) {
                    problem(p.field("conferenceGvp"), "SIP Server brings GVP back through a Stream Manager conference "
                            + "(guide ch.1): add streamManager");
                }
            }
            if (group.transferOnward() != null) {
                checkShare(p.field("transferOnward"), group.transferOnward().probability(), "consultation",
                        group.transferOnward().consultation(), "how long the agent consults before transferring");
                String target = group.transferOnward().routingPoint();
                if (target != null && !routingPoints.contains(target)) {
                    problem(p.field("transferOnward").field("routingPoint"), target + " is not a routing-point DN in "
                            + "sipServer.dns");
                } else if (target == null && !routingPoints.contains(routing.agentRoutingPoint())) {
                    problem(p.field("transferOnward"), "agents transfer calls onward to the agent Routing Point of SIP "
                            + "Server: routing.agentRoutingPoint must be a routing-point DN in sipServer.dns, or give "
                            + "transferOnward.routingPoint");
                }
            }
        }
        for (int i = 0; i < s.callTypes().size(); i++) {
            CallTypeConfig t = s.callTypes().get(i);
            FieldPath p = at("callTypes").index(i);
            if (t.dialedNumber() != null && !routingPoints.contains(t.dialedNumber())) {
                problem(p.field("dialedNumber"), t.dialedNumber() + " is not a routing-point DN in sipServer.dns: in "
                        + mode + " mode the dialed number must be a Routing Point with a strategy (guide ch.1, step 2)");
            }
            if (t.agentShare() < 0 || t.agentShare() > 1) {
                problem(p.field("agentShare"), "must be between 0 and 1, was " + t.agentShare());
            } else if (t.agentShare() > 0 && t.dialedNumber() != null && s.groupsFor(t).isEmpty()) {
                problem(p.field("agentShare"), "no agent group lists " + t.dialedNumber() + " in its dialedNumbers"
                        + (t.skill() == null ? "" : " or has the skill '" + t.skill() + "'"));
            }
            checkOverflow(s, t, p);
        }
    }

    /** Something agents do to a share of their calls: the share is a probability, and its time is given. */
    private void checkShare(FieldPath p, Double probability, String timeField, Distribution time, String timeMeans) {
        if (probability == null || probability < 0 || probability > 1) {
            problem(p.field("probability"), "must be between 0 and 1, was " + probability);
        }
        if (time == null) {
            problem(p.field(timeField), "required: " + timeMeans);
        }
    }

    /** Each group an overflow order names exists and takes these calls (by dialed number or skill). */
    private void checkOverflow(Scenario s, CallTypeConfig t, FieldPath type) {
        for (int k = 0; k < t.overflow().size(); k++) {
            String name = t.overflow().get(k);
            AgentGroupConfig group = s.agentGroups().stream().filter(g -> name.equals(g.name())).findFirst()
                    .orElse(null);
            if (group == null) {
                problem(type.field("overflow").index(k), "'" + name + "' is not an agent group; groups: "
                        + s.agentGroups().stream().map(AgentGroupConfig::name).toList());
            } else if (!group.serves(t)) {
                problem(type.field("overflow").index(k), "group '" + name + "' neither lists " + t.dialedNumber()
                        + " in its dialedNumbers nor has the skill " + (t.skill() == null ? "(none asked for)"
                        : "'" + t.skill() + "'"));
            }
        }
    }

    /** Shifts staff at most the group's agents; breaks lie inside their shift, in order. */
    private void checkShifts(FieldPath group, AgentGroupConfig g) {
        int staffed = 0;
        for (int i = 0; i < g.shifts().size(); i++) {
            ShiftConfig shift = g.shifts().get(i);
            FieldPath p = group.field("shifts").index(i);
            if (shift.agents() == null || shift.agents() < 1) {
                problem(p.field("agents"), "must be at least 1");
                continue;
            }
            staffed += shift.agents();
            if (shift.start() == null || shift.end() == null || shift.end().compareTo(shift.start()) <= 0) {
                problem(p, "a shift needs a start and a later end");
                continue;
            }
            java.time.Duration free = shift.start();
            for (int b = 0; b < shift.breaks().size(); b++) {
                BreakConfig br = shift.breaks().get(b);
                if (br.start() == null || br.length() == null || br.start().compareTo(free) < 0
                        || br.start().plus(br.length()).compareTo(shift.end()) > 0) {
                    problem(p.field("breaks").index(b), "a break needs a start and a length, inside its shift and "
                            + "after the break before it");
                } else {
                    free = br.start().plus(br.length());
                }
            }
        }
        if (g.agents() != null && g.agents() >= 1 && staffed > g.agents()) {
            problem(group.field("shifts"), "the shifts staff " + staffed + " agents, the group has " + g.agents());
        }
    }

    /**
     * A staffing profile covers the horizon in whole intervals, never staffs more than the group's phones,
     * and replaces shifts rather than adding to them.
     */
    private void checkStaffing(FieldPath group, AgentGroupConfig g, double horizon) {
        FieldPath p = group.field("staffing");
        StaffingConfig st = g.staffing();
        if (!g.shifts().isEmpty()) {
            problem(p, "a group follows either shifts or a staffing profile, not both");
        }
        if (st.interval() == null || !(RunSettings.seconds(st.interval()) > 0)) {
            problem(p.field("interval"), "required: the length of each interval of the profile, e.g. 30m");
            return;
        }
        if (st.agents().isEmpty()) {
            problem(p.field("agents"), "the profile is empty: give the agents logged in during each interval");
            return;
        }
        checkCovers(p.field("agents"), st.interval(), st.agents().size(), horizon);
        for (int i = 0; i < st.agents().size(); i++) {
            Integer a = st.agents().get(i);
            if (a == null || a < 0) {
                problem(p.field("agents").index(i), "agents logged in must be zero or more, was " + a);
            } else if (g.agents() != null && a > g.agents()) {
                problem(p.field("agents").index(i), a + " agents logged in, but the group has " + g.agents()
                        + " (agents): raise agents, or leave it out to take the profile's peak");
            }
        }
    }

    /** {@code count} intervals of {@code interval} cover the horizon exactly. */
    private void checkCovers(FieldPath p, Duration interval, int count, double horizon) {
        double covered = RunSettings.seconds(interval) * count;
        if (Math.abs(covered - horizon) > 1e-6) {
            problem(p, count + " intervals of " + Durations.format(interval) + " cover "
                    + Durations.format(Duration.ofMillis(Math.round(covered * 1000))) + ", but the horizon is "
                    + Durations.format(Duration.ofMillis(Math.round(horizon * 1000))));
        }
    }

    /** A profile covers the horizon exactly, in whole intervals, with no negative count. */
    private void checkProfile(FieldPath p, ArrivalProfileConfig profile, double horizon) {
        if (profile.interval() == null || !(RunSettings.seconds(profile.interval()) > 0)) {
            problem(p.field("interval"), "required: the length of each interval of the profile, e.g. 30m");
            return;
        }
        if (profile.calls().isEmpty()) {
            problem(p.field("calls"), "the profile is empty: give the calls expected in each interval");
            return;
        }
        checkCovers(p.field("calls"), profile.interval(), profile.calls().size(), horizon);
        for (int i = 0; i < profile.calls().size(); i++) {
            Double c = profile.calls().get(i);
            if (c == null || !(c >= 0) || c.isInfinite()) {
                problem(p.field("calls").index(i), "calls in an interval must be zero or more, was " + c);
            }
        }
    }

    /**
     * Every DN of the switch has its own number: the declared ones, the Voice Treatment Ports counted
     * from each IPCS's channelIdStart, and the agent Extensions counted from each group's firstDn.
     */
    private void checkDnNumbering(Scenario s) {
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < s.sipServer().dns().size(); i++) {
            owner.put(s.sipServer().dns().get(i).name(), "sipServer.dns[" + i + "]");
        }
        if (s.mode() == Mode.BEHIND) {
            claimPorts(s, owner);
        }
        for (int g = 0; g < s.agentGroups().size(); g++) {
            AgentGroupConfig group = s.agentGroups().get(g);
            if (group.firstDn() != null && DIGITS.matcher(group.firstDn()).matches() && group.agents() != null) {
                claim(owner, at("agentGroups").index(g).field("firstDn"), "agentGroups[" + g + "]", group.firstDn(),
                        group.agents());
            }
        }
    }

    /** Each IPCS's Voice Treatment Ports, counted from its channelIdStart. */
    private void claimPorts(Scenario s, Map<String, String> owner) {
        for (int i = 0; i < s.ipcs().size(); i++) {
            IpcsConfig c = s.ipcs().get(i);
            if (c.channelIdStart() != null && DIGITS.matcher(c.channelIdStart()).matches() && c.ports() != null) {
                claim(owner, at("ipcs").index(i).field("channelIdStart"), "ipcs[" + i + "]", c.channelIdStart(),
                        c.portDnCount());
            }
        }
    }

    /**
     * In-Front (guide ch.3, Table 11): the virtual switch's DNs are its own (Voice Treatment Ports, Access
     * Resources, Routing Points); each Access Resource has its Trunk Group DN on the SIP Server switch,
     * numbered access code + resource, whose contact is the Resource Manager or the IPCS; a strategy on the
     * virtual switch reaches agents through SIP Server's External Routing Point.
     */
    private void checkVirtualSwitch(Scenario s) {
        VirtualSwitchConfig vs = s.ivrServer().virtualSwitch();
        FieldPath p = at("ivrServer.virtualSwitch");
        if (vs == null) {
            problem(p, "required in in-front mode: the Virtual Switch for IVR In-Front whose T-Server is IVR Server "
                    + "(guide ch.3, Table 6 step 1), with its accessResources");
            return;
        }
        Map<String, String> owner = new HashMap<>();
        claimPorts(s, owner);
        if (vs.accessResources().isEmpty()) {
            problem(p.field("accessResources"), "at least one Access Resource DN (4618 in the guide, ch.3 \"Configuring "
                    + "access from the SIP Server to GVP\"): calls reach GVP's ports by ISCC DNIS pooling");
        }
        for (int i = 0; i < vs.accessResources().size(); i++) {
            String resource = vs.accessResources().get(i);
            FieldPath at = p.field("accessResources").index(i);
            if (resource == null || !DIGITS.matcher(resource).matches()) {
                problem(at, "an Access Resource DN is digits, was " + resource);
                continue;
            }
            claim(owner, at, "ivrServer.virtualSwitch.accessResources[" + i + "]", resource, 1);
            String trunkGroup = vs.trunkGroupDn(resource);
            DnConfig dn = s.sipServer().dns().stream().filter(d -> trunkGroup.equals(d.name())).findFirst().orElse(null);
            if (dn == null || dn.type() != DnType.TRUNK_GROUP) {
                problem(at, "SIP Server needs a trunk-group DN named " + trunkGroup + " (access code '"
                        + vs.accessCode() + "' + Access Resource " + resource + ") in sipServer.dns to deliver calls "
                        + "to GVP (guide ch.3, \"Creating a Trunk Group DN\")");
            } else if (dn.options().get(SipServerOption.CONTACT.key()) == null) {
                problem(at, "trunk-group DN " + trunkGroup + " has no contact option: set it to the Resource Manager, "
                        + "or to the IPCS without one (guide ch.3, \"Creating a Trunk Group DN\" step 5)");
            }
        }
        for (int i = 0; i < vs.routingPoints().size(); i++) {
            claim(owner, p.field("routingPoints").index(i), "ivrServer.virtualSwitch.routingPoints[" + i + "]",
                    vs.routingPoints().get(i), 1);
        }
        boolean routesToAgents = s.callTypes().stream().anyMatch(t -> t.agentShare() > 0)
                && s.routing().agentRoutingPoint() != null && vs.routingPoints().contains(s.routing().agentRoutingPoint());
        if (routesToAgents && vs.externalRoutingPoint() == null) {
            problem(p.field("externalRoutingPoint"), "required when a Routing Point of the virtual switch selects "
                    + "agents: calls reach the SIP Server switch through this External Routing Point (4612 in the "
                    + "guide, ch.3 \"Configuring access from GVP to the SIP Server\")");
        } else if (vs.externalRoutingPoint() != null && s.sipServer().dns().stream()
                .anyMatch(d -> vs.externalRoutingPoint().equals(d.name()))) {
            problem(p.field("externalRoutingPoint"), "DN " + vs.externalRoutingPoint() + " is also declared in "
                    + "sipServer.dns; the External Routing Point is a DN of its own on the SIP Server switch");
        }
        if (vs.dnisTail() < 1) {
            problem(p.field("dnisTail"), "must be at least 1 (ISCC dnis-tail, 4 in the guide)");
        }
    }

    private void claim(Map<String, String> owner, FieldPath field, String who, String first, int count) {
        for (String dn : SwitchDns.numbered(first, Math.max(0, count))) {
            String previous = owner.putIfAbsent(dn, who);
            if (previous != null) {
                problem(field, who + " numbers " + count + " DNs from " + first + ", and DN " + dn + " is already "
                        + "taken by " + previous);
                return;
            }
        }
    }

    /** guide ch.1 "High Availability": the faults this model can take a node through, and the backups. */
    private void checkFaults(Scenario s) {
        // an address that names no host:port is the address check's to report, with its line
        List<String> addresses = new ArrayList<>();
        addresses.add(s.sipServer().address());
        if (s.resourceManager() != null) {
            addresses.add(s.resourceManager().address());
        }
        if (s.streamManager() != null) {
            addresses.add(s.streamManager().address());
        }
        s.ipcs().forEach(c -> addresses.add(c.address()));
        Set<String> hosts = addresses.stream().map(Address::tryParse).flatMap(Optional::stream).map(Address::host)
                .collect(Collectors.toCollection(TreeSet::new));
        for (int i = 0; i < s.faults().size(); i++) {
            FaultConfig f = s.faults().get(i);
            FieldPath p = at("faults").index(i);
            if ((f.node() == null) == (f.host() == null)) {
                problem(p, "name either the node that fails or the host whose nodes all fail (node or host)");
            } else if (f.node() != null) {
                String missing = missingNode(s, f.node());
                if (missing != null) {
                    problem(p.field("node"), missing);
                }
            } else if (!hosts.contains(f.host())) {
                problem(p.field("host"), "'" + f.host() + "' is the host of no node; hosts: " + String.join(", ", hosts));
            }
            if (f.at() == null && f.every() == null) {
                problem(p.field("at"), "required unless 'every' is given: when the node goes down (from the start)");
            } else if (f.at() != null && RunSettings.seconds(f.at()) < 0) {
                problem(p.field("at"), "must be zero or later");
            }
            if (f.downFor() == null) {
                problem(p.field("downFor"), "required: how long until its service is back (its repair)");
            }
        }
        if (s.sipServer().backup() != null && s.sipServer().backup().failover() == null) {
            problem(at("sipServer.backup.failover"), "required: how long NLBS takes to send traffic to the backup");
        }
        if (s.resourceManager() != null && s.resourceManager().backup() != null
                && s.resourceManager().backup().failover() == null) {
            problem(at("resourceManager.backup.failover"), "required: how long the cluster service takes to move "
                    + "the virtual IP to the backup");
        }
        if (s.resourceManager() != null && s.resourceManager().ipcsMonitor() != null
                && !(RunSettings.seconds(s.resourceManager().ipcsMonitor()) > 0)) {
            problem(at("resourceManager.ipcsMonitor"), "must be longer than zero");
        }
        if (!(RunSettings.seconds(s.gateway().silenceTimeout()) > 0)) {
            problem(at("gateway.silenceTimeout"), "must be longer than zero");
        }
        if (!(RunSettings.seconds(s.gateway().noAnswerTimeout()) > 0)) {
            problem(at("gateway.noAnswerTimeout"), "must be longer than zero");
        }
        double waitForPort = RunSettings.seconds(s.routing().waitForPort());
        if (!(waitForPort >= 0)) {
            problem(at("routing.waitForPort"), "must be zero (reject a call no port is free for) or longer");
        } else if (waitForPort > 0 && s.mode() == Mode.STAND_ALONE) {
            problem(at("routing.waitForPort"), "a strategy waits for a port on a Routing Point, which stand-alone "
                    + "mode has none of (the Resource Manager refuses a call no IPCS has a port for): set it to 0");
        } else if (waitForPort > RunSettings.seconds(s.gateway().noAnswerTimeout())) {
            problem(at("routing.waitForPort"), Durations.format(s.routing().waitForPort()) + " is longer than "
                    + "gateway.noAnswerTimeout (" + Durations.format(s.gateway().noAnswerTimeout()) + "): callers would "
                    + "give up on the unanswered call before the strategy does; lengthen noAnswerTimeout");
        }
    }

    /** Why a fault cannot name {@code node} in this scenario, or null when it can. */
    private static String missingNode(Scenario s, String node) {
        Matcher ipcs = Pattern.compile(FaultConfig.IPCS_PATTERN).matcher(node);
        return switch (node) {
            case FaultConfig.SIP_SERVER -> null;
            case FaultConfig.RESOURCE_MANAGER -> s.resourceManager() == null ? "the scenario has no resourceManager to fail"
                    : null;
            case FaultConfig.STREAM_MANAGER -> s.streamManager() == null ? "the scenario has no streamManager to fail"
                    : null;
            default -> !ipcs.matches() ? "'" + node + "' is no node a fault can take down; one of "
                    + FaultConfig.SIP_SERVER + ", " + FaultConfig.RESOURCE_MANAGER + ", " + FaultConfig.STREAM_MANAGER
                    + ", ipcs[k]" : Integer.parseInt(ipcs.group(1)) >= s.ipcs().size() ? "the scenario lists "
                    + s.ipcs().size() + " IPCS (ipcs[0] to ipcs[" + (s.ipcs().size() - 1) + "])" : null;
        };
    }

    private void checkRun(Scenario s) {
        double horizon = s.run().horizonSeconds();
        if (!(horizon > 0)) {
            problem(at("run.horizon"), "must be longer than zero");
        }
        double warmUp = s.run().warmUpSeconds();
        if (warmUp < 0 || warmUp >= horizon) {
            problem(at("run.warmUp"), "must be at least zero and shorter than the horizon ("
                    + Durations.format(s.run().horizon()) + ")");
        }
        double interval = s.run().intervalSeconds();
        if (!(interval > 0)) {
            problem(at("run.interval"), "must be longer than zero");
        } else if (horizon > 0 && Math.abs(horizon / interval - Math.rint(horizon / interval)) > 1e-9) {
            problem(at("run.interval"), Durations.format(s.run().interval()) + " does not divide the horizon ("
                    + Durations.format(s.run().horizon()) + ") into whole intervals");
        }
        if (s.run().replications() < 1) {
            problem(at("run.replications"), "must be at least 1, was " + s.run().replications());
        }
        // the day-level rate multiplier is a gamma of mean 1 and this coefficient of variation (0: none)
        if (!(s.run().forecastCv() >= 0)) {
            problem(at("run.forecastCv"), "must be zero (no forecast error) or more, was " + s.run().forecastCv());
        }
    }

    private void checkNetwork(Scenario s) {
        List<LinkConfig> links = s.network().links();
        for (int i = 0; i < links.size(); i++) {
            FieldPath p = at("network.links").index(i);
            if (links.get(i).between() == null || links.get(i).and() == null) {
                problem(p, "a link needs 'between' and 'and' (two host names)");
            }
            if (links.get(i).latency() == null) {
                problem(p.field("latency"), "required");
            }
        }
        SipTimersConfig sip = s.network().sip();
        if (!(RunSettings.seconds(sip.t1()) > 0)) {
            problem(at("network.sip.t1"), "must be longer than zero (RFC 3261 T1, the round-trip estimate the "
                    + "first retransmission waits; 500 ms by default)");
        } else if (sip.t2().compareTo(sip.t1()) < 0) {
            problem(at("network.sip.t2"), "must be at least T1 (" + Durations.format(sip.t1()) + "): RFC 3261 T2 "
                    + "caps the retransmission interval, which starts at T1 and doubles");
        }
    }

    private void checkAddress(FieldPath p, String address) {
        if (address == null) {
            problem(p, "required: host:port");
            return;
        }
        try {
            Address a = Address.parse(address);
            if (a.port() < 1 || a.port() > 65535) {
                problem(p, "port must be 1-65535, was " + a.port());
            }
        } catch (IllegalArgumentException e) {
            problem(p, e.getMessage());
        }
    }

    private void checkOptions(FieldPath p, Map<String, String> options, boolean application) {
        for (Map.Entry<String, String> o : options.entrySet()) {
            FieldPath field = p.field(o.getKey());
            Optional<SipServerOption> known = SipServerOption.byKey(o.getKey());
            if (known.isEmpty()) {
                problem(field, "unknown SIP Server option; known (Appendix B, Tables 9-10): "
                        + Arrays.stream(SipServerOption.values()).map(SipServerOption::key)
                        .collect(Collectors.joining(", ")));
            } else if (application ? !known.get().allowedOnApplication() : !known.get().allowedOnDn()) {
                problem(field, "is set on " + (application ? "a DN" : "the SIP Server Application")
                        + ", not " + (application ? "on the Application" : "on a DN") + " (Appendix B)");
            } else if (!known.get().accepts(o.getValue())) {
                // YAML 1.1 reads an unquoted no or yes as a boolean
                String hint = known.get().validValues().contains("no") && ("false".equals(o.getValue())
                        || "true".equals(o.getValue())) ? " (an unquoted no or yes reads as false or true: quote it)" : "";
                problem(field, "'" + o.getValue() + "' is not valid; valid values (Appendix B): "
                        + String.join(", ", known.get().validValues()) + hint);
            }
        }
    }

    private void checkDns(List<DnConfig> dns) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < dns.size(); i++) {
            FieldPath p = at("sipServer.dns").index(i);
            DnConfig dn = dns.get(i);
            if (dn.name() == null || dn.name().isBlank()) {
                problem(p.field("name"), "required");
            } else if (!names.add(dn.name())) {
                problem(p.field("name"), "'" + dn.name() + "' is already the name of another DN");
            }
            if (dn.type() == null) {
                problem(p.field("type"), "required: trunk");
            }
            checkOptions(p.field("options"), dn.options(), false);
            String contact = dn.options().get(SipServerOption.CONTACT.key());
            if (contact != null) {
                checkContact(p.field("options").field("contact"), contact);
            }
            String prefix = dn.options().get(SipServerOption.PREFIX.key());
            if (prefix != null && !DIGITS.matcher(prefix).matches()) {
                problem(p.field("options").field("prefix"), "a DID prefix is digits, was '" + prefix + "'");
            }
            if (prefix != null && contact == null) {
                problem(p.field("options"), "a Trunk DN with a prefix needs a contact to send the calls to (Table 9)");
            }
        }
    }

    private void checkIpcs(List<IpcsConfig> ipcs) {
        if (ipcs.isEmpty()) {
            problem(at("ipcs"), "at least one IPCS is required");
        }
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < ipcs.size(); i++) {
            FieldPath p = at("ipcs").index(i);
            IpcsConfig c = ipcs.get(i);
            checkAddress(p.field("address"), c.address());
            if (c.address() != null) {
                String host = c.address().contains(":") ? c.address().substring(0, c.address().lastIndexOf(':'))
                        : c.address();
                if (!IPV4.matcher(host).matches()) {
                    problem(p.field("address"), "an IPCS is addressed by its IPv4 address, which names its Trunk DN "
                            + "(guide Table 10); was '" + host + "'");
                }
                if (!addresses.add(c.address())) {
                    problem(p.field("address"), "another IPCS already has " + c.address());
                }
            }
            if (c.ports() == null) {
                problem(p.field("ports"), "required: the IPCS's Max Channels");
            } else if (c.ports() < 1) {
                problem(p.field("ports"), "must be at least 1, was " + c.ports());
            }
            checkPortOptions(p.field("portOptions"), c.portOptions());
            if (c.voiceTreatmentPorts() != null && (c.voiceTreatmentPorts() < 1
                    || c.voiceTreatmentPorts() > ScenarioLimits.MAX_PORTS)) {
                problem(p.field("voiceTreatmentPorts"), "between 1 and " + ScenarioLimits.MAX_PORTS + ", was "
                        + c.voiceTreatmentPorts());
            }
        }
    }

    private static boolean isSipUri(String text) {
        try {
            SipUri.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

        private void checkContact(FieldPath p, String contact) {
        try {
            SipUri.parse(contact);
        } catch (IllegalArgumentException e) {
            problem(p, e.getMessage());
        }
    }

    /** The options of Table 5, the only ones a Voice Treatment Port DN takes, with values they accept. */
    private static final List<SipServerOption> PORT_OPTIONS = List.of(SipServerOption.CONTACT,
            SipServerOption.EVENT_RINGING_ON_100TRYING, SipServerOption.SUBSCRIPTION_ID);

    private void checkPortOptions(FieldPath p, Map<String, String> options) {
        for (Map.Entry<String, String> o : options.entrySet()) {
            Optional<SipServerOption> known = PORT_OPTIONS.stream().filter(x -> x.key().equals(o.getKey())).findFirst();
            if (known.isEmpty()) {
                problem(p.field(o.getKey()), "'" + ScenarioError.shown(o.getKey()) + "' is not an option of a Voice "
                        + "Treatment Port DN; the guide's Table 5 lists: " + PORT_OPTIONS.stream()
                        .map(SipServerOption::key).collect(Collectors.joining(", ")));
            } else if (!known.get().validValues().isEmpty() && !known.get().validValues().contains(o.getValue())) {
                problem(p.field(o.getKey()), "one of " + String.join(", ", known.get().validValues()) + "; was '"
                        + ScenarioError.shown(String.valueOf(o.getValue())) + "'");
            } else if (known.get() == SipServerOption.CONTACT) {
                checkContact(p.field(o.getKey()), o.getValue());
            }
        }
    }

    private void checkCallTypes(Scenario s) {
        List<CallTypeConfig> types = s.callTypes();
        if (types.isEmpty()) {
            problem(at("callTypes"), "at least one call type is required");
        }
        // a Trunk DN whose contact is no SIP URI is reported by checkDns; no directory is built on it
        boolean contactsRead = s.sipServer().dns().stream().map(d -> d.options().get(SipServerOption.CONTACT.key()))
                .allMatch(c -> c == null || isSipUri(c));
        TrunkDirectory trunks = contactsRead ? new TrunkDirectory(s.sipServer().dns()) : null;
        String prefixes = s.sipServer().dns().stream().map(d -> d.options().get(SipServerOption.PREFIX.key()))
                .filter(x -> x != null).collect(Collectors.joining(", "));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            FieldPath p = at("callTypes").index(i);
            CallTypeConfig t = types.get(i);
            if (t.name() == null || t.name().isBlank()) {
                problem(p.field("name"), "required");
            } else if (!names.add(t.name())) {
                problem(p.field("name"), "'" + t.name() + "' is already the name of another call type");
            }
            if (t.dialedNumber() == null || !DIGITS.matcher(t.dialedNumber()).matches()) {
                problem(p.field("dialedNumber"), "required: the digits callers dial (the DNIS)");
            } else if (s.mode() == Mode.STAND_ALONE && trunks != null && trunks.forDialedNumber(t.dialedNumber()).isEmpty()) {
                problem(p.field("dialedNumber"), t.dialedNumber() + " matches the prefix of no Trunk DN, so SIP "
                        + "Server could not route it (guide ch.4, Table 9); prefixes: "
                        + (prefixes.isEmpty() ? "none" : prefixes));
            }
            if ((t.callsPerHour() == null) == (t.profile() == null)) {
                problem(p.field("callsPerHour"), "give either callsPerHour or a profile of calls per interval");
            } else if (t.callsPerHour() != null && (!(t.callsPerHour() > 0) || t.callsPerHour().isInfinite())) {
                problem(p.field("callsPerHour"), "must be more than zero, was " + t.callsPerHour());
            } else if (t.profile() != null) {
                checkProfile(p.field("profile"), t.profile(), s.run().horizonSeconds());
            }
            if (t.selfService() == null) {
                problem(p.field("selfService"), "required: the self-service time distribution");
            }
            if (t.redial() != null) {
                Double prob = t.redial().probability();
                if (prob == null || !(prob >= 0 && prob <= 1)) {
                    problem(p.field("redial").field("probability"), "required, between 0 and 1, was " + prob);
                }
                if (t.redial().delay() == null) {
                    problem(p.field("redial").field("delay"), "required: the time before the caller tries again");
                }
            }
        }
    }
}
