package ccsim.lint;

import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.DnType;
import ccsim.model.config.GvpMode;
import ccsim.model.config.AgentGroupConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.TransferMethod;
import ccsim.model.config.VirtualSwitchConfig;
import ccsim.model.faults.HighAvailability;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipServerOption;
import ccsim.model.sip.TrunkDirectory;
import ccsim.scenario.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks each SIP Server option of a scenario against what the guide requires for its mode (Tables
 * 1-3, 5, 7-10, ch.3 and Appendix B) and says what a deviation does. The simulator runs such a
 * scenario anyway and shows the consequence where the guide states one.
 */
public final class Lint {
    private final Scenario s;
    private final List<Finding> findings = new ArrayList<>();

    private Lint(Scenario s) {
        this.s = s;
    }

    /** The findings for {@code s}, in the order of the guide's tables; empty when it follows the guide. */
    public static List<Finding> of(Scenario s) {
        Lint lint = new Lint(s);
        switch (s.mode()) {
            case BEHIND -> lint.behind();
            case STAND_ALONE -> lint.standAlone();
            case IN_FRONT -> lint.inFront();
        }
        lint.capabilitiesWithoutTheRm();
        lint.gvp75();
        lint.highAvailability();
        return List.copyOf(lint.findings);
    }

    /** A DN of the switch with its place in sipServer.dns. */
    private record Dn(int index, DnConfig config) {
        FieldPath option(SipServerOption o) {
            return FieldPath.parse("sipServer.dns").index(index).field("options").field(o.key());
        }

        String value(SipServerOption o) {
            return config.options().getOrDefault(o.key(), o.defaultValue());
        }
    }

    private String app(SipServerOption o) {
        return s.sipServer().options().getOrDefault(o.key(), o.defaultValue());
    }

    private static FieldPath appField(SipServerOption o) {
        return FieldPath.parse("sipServer.options").field(o.key());
    }

    private void requireApp(SipServerOption o, String required, String guide, String consequence, boolean simulated) {
        String value = app(o);
        if (!required.equals(value)) {
            findings.add(new Finding(o.key(), appField(o), guide, o.key() + " must be " + required + " on the SIP Server "
                    + "Application; it is " + value + (s.sipServer().options().containsKey(o.key()) ? ""
                    : " (the default)"), consequence, simulated));
        }
    }

    /** guide Tables 1-3 and 5 (ch.2). */
    private void behind() {
        boolean gvpBehind = s.ivrServer().gvpMode() == GvpMode.BEHIND;
        requireApp(SipServerOption.OVERRIDE_TO_ON_DIVERT, "false", "Table 2 (ch.2, Behind)", gvpBehind
                ? "SIP Server puts the Voice Treatment Port DN in the To header of the INVITE to GVP; GVP Behind asks "
                + "IVR Server for the DNIS instead, so calls still find their application"
                : "SIP Server puts the Voice Treatment Port DN in the To header of the INVITE to GVP, which GVP In-Front "
                + "takes as the DNIS: it has no application for it and refuses the call (404)", true);
        requireApp(SipServerOption.EVENT_RINGING_ON_100TRYING, "true", "Table 2 (ch.2, Behind) and Appendix B",
                "SIP Server reports EventRinging for a port only on the IPCS's 180 Ringing, so IVR Server and Stat "
                + "Server learn of each call later, by the IPCS's answer delay" + (gvpBehind
                ? ", and GVP Behind, which asks IVR Server for the DNIS as the call is established (ch.1, Behind step "
                + "9), can answer only after that 180 has reached IVR Server: every call's post-dial delay grows by "
                + "that round trip" : ""), true);
        requireApp(SipServerOption.HANDLE_VSP, "all", "Table 3 (ch.2, Behind)", "ISCC messages with a T-Server of "
                + "agents on another switch would not flow with queuing on GVP; this model has no such T-Server in "
                + "Behind mode, so nothing is simulated", false);
        gatewayReferEnabled("Table 1 step 4 (ch.2, Behind)", "SIP Server passes GVP's REFER on to the gateway, "
                + "which places the transfer as a new call itself: one more hop for every transfer");
        referPossible();
        for (int i = 0; i < s.ipcs().size(); i++) {
            portOption(i, SipServerOption.EVENT_RINGING_ON_100TRYING, "true", "SIP Server reports EventRinging for "
                    + "these ports only on the IPCS's 180 Ringing, so IVR Server and Stat Server learn of each call "
                    + "later, by the IPCS's answer delay");
            String contact = s.ipcs().get(i).portOptions().get(SipServerOption.CONTACT.key());
            if (contact != null && !SipUri.parse(contact).host().equals(Address.parse(s.ipcs().get(i).address()).host())) {
                findings.add(new Finding(SipServerOption.CONTACT.key(), FieldPath.parse("ipcs").index(i)
                        .field("portOptions").field(SipServerOption.CONTACT.key()), "Table 5 (ch.2, Behind)",
                        "the contact of the Voice Treatment Port DNs of IPCS " + s.ipcs().get(i).address() + " must be "
                        + "that IPCS; it is " + contact, "SIP Server sends the calls routed to these ports to " + contact
                        + ", where no IPCS answers: each fails when Timer B expires (408)", true));
            }
            if (s.resourceManager() != null) {
                portOption(i, SipServerOption.SUBSCRIPTION_ID, Sip.GVP_SUBSCRIPTION_ID, "SIP Server sends the "
                        + "Resource Manager no NOTIFY about these ports: the RM believes them free and keeps naming "
                        + "this IPCS, whose Place Group URS then finds full; those calls are not placed");
            }
        }
    }

    /** guide Table 5: the TServer options of each IPCS's Voice Treatment Port DNs. */
    private void portOption(int ipcs, SipServerOption o, String required, String consequence) {
        Map<String, String> options = s.ipcs().get(ipcs).portOptions();
        String value = options.getOrDefault(o.key(), o.defaultValue());
        if (!required.equals(value)) {
            findings.add(new Finding(o.key(), FieldPath.parse("ipcs").index(ipcs).field("portOptions").field(o.key()),
                    "Table 5 (ch.2, Behind)", o.key() + " must be " + required + " on every Voice Treatment Port DN of "
                    + "IPCS " + s.ipcs().get(ipcs).address() + "; it is " + (value == null ? "not set" : value)
                    + (options.containsKey(o.key()) ? "" : " (the default)"), consequence, true));
        }
    }

    /** guide Tables 7-10 (ch.4). */
    private void standAlone() {
        requireApp(SipServerOption.OVERRIDE_TO_ON_DIVERT, "false", "Table 8 (ch.4, Stand-Alone)", "calls reach GVP "
                + "through a Trunk DN prefix, not diverted from a Routing Point, so the To header is the same either "
                + "way; nothing to simulate", false);
        requireApp(SipServerOption.SIP_REFER_TO_SST_ENABLED, "true", "Table 8 (ch.4, Stand-Alone)", "Stand-Alone has no "
                + "transfer out of GVP (ch.1), so no REFER reaches SIP Server; nothing to simulate", false);
        gatewayReferEnabled("Table 7 step 2 (ch.4, Stand-Alone; recommended)", "Stand-Alone has no transfer out of "
                + "GVP, so no REFER reaches the gateway; nothing to simulate");
        if (s.resourceManager() == null) {
            return;
        }
        String rm = s.resourceManager().address();
        for (int i = 0; i < s.callTypes().size(); i++) {
            CallTypeConfig t = s.callTypes().get(i);
            Optional<Dn> trunk = prefixTrunk(t.dialedNumber());
            if (trunk.isPresent() && !trunk.get().config().pointsTo(rm)) {
                findings.add(new Finding(SipServerOption.PREFIX.key(), trunk.get().option(SipServerOption.PREFIX),
                        "Table 9 (ch.4, Stand-Alone)", "the dialed number " + t.dialedNumber() + " of call type '"
                        + t.name() + "' matches the prefix of Trunk DN '" + trunk.get().config().name() + "', whose "
                        + "contact is not the Resource Manager (" + rm + ")", "SIP Server sends these calls to "
                        + trunk.get().config().options().get(SipServerOption.CONTACT.key()) + " instead of the "
                        + "Resource Manager", true));
            }
        }
        dns(DnType.TRUNK).stream().filter(d -> d.config().pointsTo(rm)).findFirst()
                .ifPresent(t -> redirectFollowed(t, "Table 9 (ch.4, Stand-Alone) and Appendix B straight-forward"));
        ipcsSubscriptions();
    }

    /** guide Table 6 and the In-Front procedures of ch.3. */
    private void inFront() {
        VirtualSwitchConfig vs = s.ivrServer().virtualSwitch();
        requireApp(SipServerOption.MATCH_CALL_ONCE, "false", "Table 6 and ch.3 \"Enabling call matching for multiple "
                + "transfers in GVP\"", "SIP Server matches a call on its External Routing Point only once: a call "
                + "transferred to and from GVP a second time (agents sending callers back to GVP, "
                + "transferOnward.routingPoint) is not matched and is released (counted as calls not matched on the "
                + "External Routing Point)", true);
        if ("true".equals(app(SipServerOption.OVERRIDE_TO_ON_DIVERT))) {
            List<String> missing = vs.accessResources().stream().map(vs::trunkGroupDn)
                    .filter(dn -> s.callTypes().stream().noneMatch(t -> dn.equals(t.dialedNumber()))
                            && s.ipcs().stream().anyMatch(i -> !i.applications().contains(dn))).toList();
            if (!missing.isEmpty()) {
                findings.add(new Finding(SipServerOption.OVERRIDE_TO_ON_DIVERT.key(),
                        appField(SipServerOption.OVERRIDE_TO_ON_DIVERT), "ch.3 \"Removing the To header\" (Tip)",
                        "with override-to-on-divert true GVP must have a voice application for the Trunk Group DN "
                        + String.join(", ", missing) + ", which GVP then takes as the DNIS; it has applications "
                        + "only for the dialed numbers (add it to ipcs[].applications)", "GVP refuses every call (404): it has no application for "
                        + String.join(", ", missing), true));
            }
        }
        String expected = s.resourceManager() != null ? s.resourceManager().address() : null;
        for (Dn trunkGroup : dns(DnType.TRUNK_GROUP)) {
            String contact = trunkGroup.config().options().get(SipServerOption.CONTACT.key());
            boolean toIpcs = s.ipcs().stream().anyMatch(c -> trunkGroup.config().pointsTo(c.address()));
            boolean right = expected != null ? trunkGroup.config().pointsTo(expected) : toIpcs;
            if (contact != null && !right) {
                findings.add(new Finding(SipServerOption.CONTACT.key(), trunkGroup.option(SipServerOption.CONTACT),
                        "ch.3 \"Creating a Trunk Group DN\" step 5", "the contact of Trunk Group DN '"
                        + trunkGroup.config().name() + "' must be " + (expected != null ? "the Resource Manager ("
                        + expected + ")" : "the IPCS") + "; it is " + contact, "SIP Server sends every call for GVP to "
                        + contact + (toIpcs ? ", straight to the IPCS: the Resource Manager never chooses"
                        : ", where no GVP answers: the call fails when Timer B expires (32 s)"), true));
            }
            if (expected != null && trunkGroup.config().pointsTo(expected)) {
                redirectFollowed(trunkGroup, "Appendix B straight-forward (the Resource Manager's 302)");
            }
        }
        referPossible();
    }

    /**
     * guide ch.1, note on Behind steps 3 to 6: a strategy that selects a port itself (no Resource Manager
     * asked) does not consider the IPCS capabilities.
     */
    private void capabilitiesWithoutTheRm() {
        boolean rmChooses = s.resourceManager() != null && (s.mode() != Mode.BEHIND || s.routing().useResourceManager());
        if (rmChooses) {
            return;
        }
        for (int t = 0; t < s.callTypes().size(); t++) {
            CallTypeConfig type = s.callTypes().get(t);
            List<String> lacking = s.ipcs().stream().filter(c -> !c.capabilities().containsAll(type.requires()))
                    .map(IpcsConfig::address).toList();
            if (!type.requires().isEmpty() && !lacking.isEmpty()) {
                findings.add(new Finding("requires", FieldPath.parse("callTypes").index(t).field("requires"),
                        "ch.1, note on Behind steps 3 to 6 (\"GVP Resource Manager\")", "call type '" + type.name()
                        + "' needs " + String.join(", ", type.requires()) + ", which " + String.join(", ", lacking)
                        + " lack" + (lacking.size() == 1 ? "s" : "") + ", and no Resource Manager chooses the IPCS",
                        "the strategy picks ports regardless of capability: calls that land on " + String.join(", ",
                        lacking) + " fail (counted per call type as capability failures)", true));
            }
        }
    }

    /**
     * guide ch.1 "High Availability": for the combined solution to be highly available, the Resource Manager
     * and SIP Server must be installed on separate hosts.
     */
    private void highAvailability() {
        if (!HighAvailability.sharedHost(s)) {
            return;
        }
        String host = Address.parse(s.sipServer().address()).host();
        String asked = s.sipServer().backup() != null && s.resourceManager().backup() != null
                ? "sipServer.backup and resourceManager.backup" : s.sipServer().backup() != null ? "sipServer.backup"
                : "resourceManager.backup";
        findings.add(new Finding("address", FieldPath.parse("resourceManager.address"), "ch.1 \"High Availability\"",
                "the Resource Manager (" + s.resourceManager().address() + ") is on SIP Server's host " + host
                + " while high availability is asked for (" + asked + "); the guide requires separate hosts",
                "no backup can take over: a fault of host " + host + " takes SIP Server and the Resource Manager "
                + "down together until the host is repaired, and calls reaching it meanwhile fail", true));
    }

    /** guide ch.1 "Limitations for GVP 7.5 Only". */
    private void gvp75() {
        if (!"7.5".equals(s.gvpRelease()) || s.callTypes().stream().noneMatch(t -> t.agentShare() > 0)) {
            return;
        }
        for (int g = 0; g < s.agentGroups().size(); g++) {
            AgentGroupConfig group = s.agentGroups().get(g);
            if (group.conferenceGvp() != null && group.conferenceGvp().probability() > 0) {
                findings.add(new Finding("gvpRelease", FieldPath.parse("gvpRelease"), "ch.1 \"Limitations for GVP 7.5 "
                        + "Only\"", "GVP 7.5, and agents of group '" + group.name() + "' bring GVP back into calls "
                        + "(agentGroups[" + g + "].conferenceGvp), which SIP Server does by a Stream Manager conference "
                        + "and a re-INVITE to GVP", "GVP 7.5 refuses that re-INVITE: every attempt fails (counted as "
                        + "GVP conferences refused) and the agent goes on without GVP", true));
            }
        }
        if (s.routing().transferMethod() != TransferMethod.BRIDGED) {
            return;
        }
        for (int g = 0; g < s.agentGroups().size(); g++) {
            AgentGroupConfig group = s.agentGroups().get(g);
            boolean holds = group.hold() != null && group.hold().probability() > 0;
            boolean transfers = group.transferOnward() != null && group.transferOnward().probability() > 0;
            if (holds || transfers) {
                String what = holds && transfers ? "hold and transfer calls onward" : holds ? "hold calls"
                        : "transfer calls onward";
                findings.add(new Finding("gvpRelease", FieldPath.parse("gvpRelease"), "ch.1 \"Limitations for GVP 7.5 "
                        + "Only\"", "GVP 7.5 with bridged transfers, and agents of group '" + group.name() + "' "
                        + what, "GVP 7.5 releases every bridged call an agent puts on hold or transfers (counted as "
                        + "calls released by GVP)", true));
            }
        }
    }

    /** Appendix B: with refer-enabled true the gateway's Trunk DN receives REFERs. */
    private void gatewayReferEnabled(String guide, String consequence) {
        for (Dn gw : dns(DnType.TRUNK)) {
            if (gw.config().pointsTo(s.gateway().address()) && "true".equals(gw.value(SipServerOption.REFER_ENABLED))) {
                findings.add(new Finding(SipServerOption.REFER_ENABLED.key(), gw.option(SipServerOption.REFER_ENABLED),
                        guide, "refer-enabled must be false on the gateway's Trunk DN '" + gw.config().name() + "'; it is "
                        + "true" + (gw.config().options().containsKey(SipServerOption.REFER_ENABLED.key()) ? ""
                        : " (the default)"), consequence, s.mode() != Mode.STAND_ALONE));
            }
        }
    }

    /**
     * Appendix B: with sip-refer-to-sst-enabled false SIP Server passes a REFER on, and rejects it when the
     * endpoint has refer-enabled false.
     */
    private void referPossible() {
        // Behind: only the REFER transfer with queuing on SIP Server; In-Front: every way but the bridged one
        boolean refers = s.callTypes().stream().anyMatch(t -> t.agentShare() > 0) && (s.mode() == Mode.IN_FRONT
                ? s.routing().transferMethod() != TransferMethod.BRIDGED
                : s.routing().queuing() == Queuing.STREAM_MANAGER && s.routing().transferMethod() == TransferMethod.REFER);
        if (!refers || "true".equals(app(SipServerOption.SIP_REFER_TO_SST_ENABLED))) {
            return;
        }
        for (Dn gw : dns(DnType.TRUNK)) {
            if (gw.config().pointsTo(s.gateway().address()) && "false".equals(gw.value(SipServerOption.REFER_ENABLED))) {
                findings.add(new Finding(SipServerOption.SIP_REFER_TO_SST_ENABLED.key(),
                        appField(SipServerOption.SIP_REFER_TO_SST_ENABLED), "Appendix B sip-refer-to-sst-enabled and "
                        + "refer-enabled", "sip-refer-to-sst-enabled is false and the gateway's Trunk DN '"
                        + gw.config().name() + "' has refer-enabled false: SIP Server can neither perform GVP's REFER "
                        + "itself nor pass it to the gateway", "SIP Server rejects every REFER from GVP (403): callers "
                        + "who ask for an agent are released instead", true));
            }
        }
    }

    /**
     * Appendix B straight-forward and the Tip after Table 10: a 302 is followed to its Contact with
     * straight-forward true (on the DN the call went to the RM through, or on the IPCS's Trunk DN, whose
     * contact may then be a dummy), else through the IPCS's Trunk DN, whose contact must then be the IPCS.
     * In-Front's Trunk Group DN without IPCS Trunk DNs follows the Contact as given (ch.3).
     */
    private void redirectFollowed(Dn rmTrunk, String guide) {
        if ("true".equals(rmTrunk.value(SipServerOption.STRAIGHT_FORWARD))) {
            return;
        }
        boolean trunkGroup = rmTrunk.config().type() == DnType.TRUNK_GROUP;
        for (int i = 0; i < s.ipcs().size(); i++) {
            IpcsConfig ipcs = s.ipcs().get(i);
            String name = TrunkDirectory.ipcsTrunkName(Address.parse(ipcs.address()).host());
            Optional<Dn> trunk = dns(DnType.TRUNK).stream().filter(d -> name.equals(d.config().name())).findFirst();
            if (trunk.isPresent() && "true".equals(trunk.get().value(SipServerOption.STRAIGHT_FORWARD))
                    || trunk.isEmpty() && trunkGroup) {
                continue;
            }
            String requirement = "straight-forward is false on Trunk DN '" + rmTrunk.config().name() + "' and on "
                    + "the IPCS's Trunk DN, so SIP Server follows the Resource Manager's 302 through the IPCS's Trunk "
                    + "DN '" + name + "'";
            if (trunk.isEmpty()) {
                findings.add(new Finding(SipServerOption.STRAIGHT_FORWARD.key(),
                        rmTrunk.option(SipServerOption.STRAIGHT_FORWARD), guide, requirement + ", which the scenario "
                        + "does not have", "calls the Resource Manager sends to " + ipcs.address() + " fail (404)",
                        true));
            } else if (!trunk.get().config().pointsTo(ipcs.address())) {
                findings.add(new Finding(SipServerOption.CONTACT.key(), trunk.get().option(SipServerOption.CONTACT), guide,
                        requirement + ", whose contact " + trunk.get().config().options().get(SipServerOption.CONTACT.key())
                        + " is not the IPCS (" + ipcs.address() + ")", "SIP Server sends these calls to the contact, "
                        + "where no IPCS answers: each fails when Timer B expires (32 s)", true));
            }
        }
    }

    /** guide Table 10 and Appendix B subscription-id: the Resource Manager learns of ended calls by NOTIFY. */
    private void ipcsSubscriptions() {
        for (IpcsConfig ipcs : s.ipcs()) {
            String name = TrunkDirectory.ipcsTrunkName(Address.parse(ipcs.address()).host());
            Optional<Dn> trunk = dns(DnType.TRUNK).stream().filter(d -> name.equals(d.config().name())).findFirst();
            String value = trunk.map(t -> t.value(SipServerOption.SUBSCRIPTION_ID)).orElse(null);
            if (!Sip.GVP_SUBSCRIPTION_ID.equals(value)) {
                findings.add(new Finding(SipServerOption.SUBSCRIPTION_ID.key(), trunk
                        .map(t -> t.option(SipServerOption.SUBSCRIPTION_ID)).orElse(FieldPath.parse("sipServer.dns")),
                        "Table 10 (ch.4) and Appendix B subscription-id", "subscription-id must be GVP on the Trunk DN "
                        + "'" + name + "' of IPCS " + ipcs.address() + "; " + (trunk.isEmpty() ? "the scenario has no "
                        + "such Trunk DN" : "it is " + (value == null ? "not set" : value)), "SIP Server sends the "
                        + "Resource Manager no NOTIFY about the ports of " + ipcs.address() + ": the RM believes them all "
                        + "free and keeps sending calls there; the full IPCS refuses them (486), SIP Server asks the RM "
                        + "again, and the RM's choice among IPCS no longer follows their load", true));
            }
        }
    }

    private List<Dn> dns(DnType type) {
        List<Dn> out = new ArrayList<>();
        for (int i = 0; i < s.sipServer().dns().size(); i++) {
            if (s.sipServer().dns().get(i).type() == type) {
                out.add(new Dn(i, s.sipServer().dns().get(i)));
            }
        }
        return out;
    }

    /** The Trunk DN whose prefix, the longest, starts {@code dialed} (as SIP Server chooses it). */
    private Optional<Dn> prefixTrunk(String dialed) {
        Dn best = null;
        for (Dn d : dns(DnType.TRUNK)) {
            String prefix = d.config().options().get(SipServerOption.PREFIX.key());
            if (prefix != null && dialed.startsWith(prefix) && (best == null
                    || prefix.length() > best.config().options().get(SipServerOption.PREFIX.key()).length())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
