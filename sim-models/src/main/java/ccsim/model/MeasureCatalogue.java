package ccsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every measure ccsim reports, defined once: a stable key, the label the files and the report show, a
 * unit, and what it counts (for a ratio, its numerator and denominator in words). Measures of one kind
 * per IPCS, agent group, fault or capability are one entry whose label and key hold a placeholder in
 * braces ({@code IPCS {ipcs} busy ports}, {@code ipcs_{ipcs}_busy_ports}). Counts and ratios of calls are
 * of the calls that arrived after the warm-up; time averages run from the warm-up's end to the horizon.
 */
public final class MeasureCatalogue {
    /** One measure, or one kind of measure with a placeholder. */
    public record Entry(String key, String label, String unit, String definition) {
        /** Whether this entry is a family of measures, one per IPCS, group, fault, capability or call type. */
        public boolean family() {
            return label.contains("{");
        }
    }

    /** A measure as reported, with the entry that defines it and its own stable key. */
    public record Defined(Entry entry, String key, String label) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    /** Each family's label as a pattern, made once: define() runs for every measure a file or page shows. */
    private static final Map<Entry, Pattern> PATTERNS = new HashMap<>();

    private static void add(String key, String label, String unit, String definition) {
        Entry e = new Entry(key, label, unit, definition);
        ENTRIES.add(e);
        if (e.family()) {
            PATTERNS.put(e, pattern(label));
        }
    }

    static {
        add("offered_calls", "offered calls", "calls", "callers who placed a first call after the warm-up (redials "
                + "are counted apart)");
        add("redial_attempts", "redial attempts", "calls", "calls placed again by callers blocked or abandoned before");
        for (CallOutcome o : CallOutcome.values()) {
            add("calls_" + keyOf(o.label()), "calls " + o.label(), "calls", "calls (first calls and redials) that "
                    + "ended " + o.label() + (o == CallOutcome.BLOCKED ? ": refused for want of a port, a route or "
                    + "capacity" : o == CallOutcome.FAILED ? ": lost to a fault or a configuration error" : ""));
        }
        for (OutcomeReason r : OutcomeReason.values()) {
            if (r.outcome() == CallOutcome.BLOCKED || r.outcome() == CallOutcome.FAILED
                    || r.outcome() == CallOutcome.ABANDONED) {
                add("calls_" + keyOf(r.outcome().label()) + "_" + keyOf(r.label()), r.measure(), "calls",
                        "calls " + r.outcome().label() + " because " + r.description());
            }
        }
        add("blocking_probability", "blocking probability", "ratio", "calls blocked / calls placed (first calls and "
                + "redials)");
        add("blocking_probability_at_entry", "blocking probability at entry", "ratio", "calls refused before they "
                + "were answered (no IPCS port or route) / calls placed");
        add("post_dial_delay", "post-dial delay", "s", "mean time from the gateway's INVITE to the 200 OK, over "
                + "answered calls");
        add("calls_asking_for_an_agent", "calls asking for an agent", "calls", "callers whose script asks for an "
                + "agent after self-service (whether or not they reached the queue)");
        add("service_level", "service level", "ratio", "callers an agent answered within routing."
                + "serviceLevelThreshold / (callers an agent answered + callers who hung up waiting for one), or "
                + "over those routing.serviceLevelDefinition names");
        add("average_speed_of_answer", "average speed of answer", "s", "mean wait of the callers an agent answered");
        add("abandonment_rate", "abandonment rate", "ratio", "callers who hung up waiting for an agent / (callers an "
                + "agent answered + callers who hung up waiting); callers blocked or lost before they waited are in "
                + "neither");
        add("probability_of_waiting", "probability of waiting", "ratio", "route requests for an agent that found none "
                + "ready / route requests for an agent");
        add("mean_time_waiting", "mean time waiting", "s", "mean wait for an agent of the callers answered and of "
                + "those who hung up waiting");
        add("queue_length", "queue length", "calls", "time-average number of calls waiting for an agent");
        add("peak_queue_length", "peak queue length", "calls", "most calls waiting for an agent at once");
        add("probability_of_waiting_for_a_port", "probability of waiting for a port", "ratio", "calls that found no "
                + "free Voice Treatment Port / calls a strategy sought a port for (routing.waitForPort)");
        add("calls_that_waited_for_a_port", "calls that waited for a port", "calls", "calls that waited on their "
                + "Routing Point for a port");
        add("mean_wait_for_a_port", "mean wait for a port", "s", "mean wait of the calls that waited for a port, "
                + "whether a port took them, their caller hung up or the wait ran out");
        add("callers_lost_waiting_for_a_port", "callers lost waiting for a port", "calls", "callers who hung up while "
                + "their call waited for a port");
        add("probability_of_abandoning_while_waiting_for_a_port", "probability of abandoning while waiting for a port",
                "ratio", "callers who hung up waiting for a port / calls a strategy sought a port for");
        add("calls_no_port_took_within_waitforport", "calls no port took within waitForPort", "calls", "calls whose "
                + "wait for a port ran out (blocked)");
        add("sip_server_sip_messages_per_second", "SIP Server SIP messages per second", "msg/s", "SIP messages SIP "
                + "Server received / seconds observed");
        add("sip_server_cti_messages_per_second", "SIP Server CTI messages per second", "msg/s", "T-Library messages "
                + "SIP Server received / seconds observed");
        add("sip_retransmissions", "SIP retransmissions", "messages", "SIP requests sent again because no response "
                + "came in time (Timers A and E)");
        add("sip_server_processing_wait", "SIP Server processing wait", "s", "mean time a message waited for one of "
                + "SIP Server's workers (sipServer.processing)");
        add("sip_server_invites_refused_by_its_overload_policy_503", "SIP Server INVITEs refused by its overload "
                + "policy (503)", "messages", "INVITEs SIP Server refused with 503 (sipServer.overload)");
        add("messages_lost_to_nodes_down", "messages lost to nodes down", "messages", "messages sent to a node while "
                + "it was down");
        for (CallPhase p : CallPhase.values()) {
            add("calls_failed_in_" + keyOf(p.label()), "calls failed in " + p.label(), "calls", "calls that failed "
                    + "while " + (p == CallPhase.SETUP ? "not answered yet" : p == CallPhase.SELF_SERVICE ? "in "
                    + "self-service" : p == CallPhase.QUEUED ? "waiting for an agent" : "talking to an agent"));
        }
        add("outages_of_{fault}", "outages of {fault}", "outages", "times the fault struck");
        add("time_down_in_{fault}_outages", "time down in {fault} outages", "s", "mean time the struck nodes were "
                + "down, until their backup took over or their repair");
        add("calls_lost_to_{fault}_outages", "calls lost to {fault} outages", "calls", "calls that failed during the "
                + "fault's outages or their aftermath");
        add("time_to_recover_from_{fault}_outages", "time to recover from {fault} outages", "s", "mean time from the "
                + "fault to the answer of the first caller placed after it");
        add("resource_manager_refusals_no_free_port", "Resource Manager refusals (no free port)", "calls", "calls the "
                + "Resource Manager refused because no IPCS had a free port, as it knew them");
        add("resource_manager_state_races", "Resource Manager state races (port taken before its NOTIFY)", "calls",
                "calls sent to a port already taken, because its NOTIFY had not reached the Resource Manager yet");
        add("resource_manager_calls_with_no_capable_ipcs", "Resource Manager calls with no capable IPCS", "calls",
                "calls no IPCS with a free port had the capabilities for");
        add("ipcs_refusals_every_port_busy", "IPCS refusals (every port busy)", "calls", "INVITEs an IPCS refused "
                + "with every port busy (486)");
        add("ipcs_calls_with_no_application_for_their_dnis", "IPCS calls with no application for their DNIS", "calls",
                "calls an IPCS refused or ended for want of an application for the DNIS it saw");
        add("gvp_conferences_asked_by_agents", "GVP conferences asked by agents", "calls", "conferences agents asked "
                + "to bring GVP back into a call");
        add("gvp_conferences_refused_by_gvp", "GVP conferences refused by GVP (re-INVITE)", "calls", "those GVP 7.5 "
                + "refused");
        add("gvp_conferences_held", "GVP conferences held", "calls", "those held");
        add("routings_to_gvp_refused_for_want_of_an_access_resource", "routings to GVP refused for want of an Access "
                + "Resource", "calls", "In-Front: routings to GVP that found every Access Resource lent");
        add("gvp_calls_ivr_server_could_not_match", "GVP calls IVR Server could not match", "calls", "In-Front: calls "
                + "that reached GVP without IVR Server matching them to their routing");
        add("calls_not_matched_on_the_external_routing_point", "calls not matched on the External Routing Point",
                "calls", "In-Front: calls from GVP that no routing request waited for on the External Routing Point");
        add("ipcs_{ipcs}_busy_ports", "IPCS {ipcs} busy ports", "ports", "time-average number of the IPCS's ports "
                + "holding a call");
        add("ipcs_{ipcs}_port_utilization", "IPCS {ipcs} port utilization", "ratio", "busy ports / the IPCS's ports");
        add("ipcs_{ipcs}_peak_busy_ports", "IPCS {ipcs} peak busy ports", "ports", "most of the IPCS's ports busy at "
                + "once");
        add("ipcs_{ipcs}_ports_in_self_service", "IPCS {ipcs} ports in self-service", "ports", "time-average ports "
                + "running a self-service application");
        add("ipcs_{ipcs}_ports_holding_queued_callers", "IPCS {ipcs} ports holding queued callers", "ports",
                "time-average ports holding callers queued on GVP");
        add("ipcs_{ipcs}_ports_in_bridged_conversations", "IPCS {ipcs} ports in bridged conversations", "ports",
                "time-average ports held through a bridged conversation with an agent");
        add("stream_manager_busy_ports", "Stream Manager busy ports", "ports", "time-average Stream Manager ports "
                + "playing a treatment");
        add("stream_manager_port_utilization", "Stream Manager port utilization", "ratio", "busy ports / Stream "
                + "Manager's ports");
        add("stream_manager_peak_busy_ports", "Stream Manager peak busy ports", "ports", "most Stream Manager ports "
                + "busy at once");
        add("stream_manager_refused_treatments", "Stream Manager refused treatments", "calls", "treatments Stream "
                + "Manager refused with every port busy (503)");
        add("agent_occupancy_{group}", "agent occupancy {group}", "ratio", "time-average agents of the group busy "
                + "(ringing, talking, after-call work) / time-average agents logged in");
        add("agents_logged_in_{group}", "agents logged in {group}", "agents", "time-average agents of the group on "
                + "duty");
        add("capability_failures_{calltype}", "capability failures {calltype}", "calls", "applications of the call "
                + "type that failed on an IPCS lacking a capability they need");
        add("{capability}_pool_busy_ports", "{capability} pool busy ports", "ports", "time-average busy ports of the "
                + "IPCS that offer the capability");
        add("{capability}_pool_blocking_probability", "{capability} pool blocking probability", "ratio", "calls "
                + "needing the capability that were blocked / calls placed needing it");
        add("{capability}_pool_capability_failures", "{capability} pool capability failures", "calls", "calls needing "
                + "the capability whose application failed for want of it");
        add("trunk_minutes", "trunk minutes", "min", "with costs: minutes the counted calls were connected at the "
                + "gateway, from its answer to the call's end (callers in the IVR and in queue included)");
        add("cost_per_day", "cost per day", "currency", "with costs: the day's port licences, agents scheduled and "
                + "trunk minutes; agent hours and minutes of the counted span scaled to the horizon");
        add("cost_per_call_handled", "cost per call handled", "currency", "cost per day / calls served by the IVR "
                + "or an agent in the day");
        add("ipcs_port_cost_per_day", "IPCS port cost per day", "currency", "IPCS ports configured × the licence's "
                + "price for a day (a month's over costs.daysPerMonth)");
        add("stream_manager_port_cost_per_day", "Stream Manager port cost per day", "currency", "Stream Manager "
                + "ports configured × the licence's price for a day");
        add("agent_cost_per_day", "agent cost per day", "currency", "agents logged in (time-average) × the horizon's "
                + "hours / (1 − shrinkage) × the price of an agent hour");
        add("trunk_cost_per_day", "trunk cost per day", "currency", "trunk minutes scaled to the horizon × the "
                + "price of a minute");
        add("calls_served", "calls served", "calls", "per interval: calls served by the IVR or an agent");
    }

    private MeasureCatalogue() {
    }

    /** Every entry, in the order the files list measures. */
    public static List<Entry> entries() {
        return List.copyOf(ENTRIES);
    }

    /** A label as a key: lower case, runs of other characters than letters and digits as one underscore. */
    public static String keyOf(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** The entry that defines the measure labelled {@code label}, with its own key; empty if none does. */
    public static Optional<Defined> define(String label) {
        for (Entry e : ENTRIES) {
            if (!e.family()) {
                if (e.label().equals(label)) {
                    return Optional.of(new Defined(e, e.key(), label));
                }
                continue;
            }
            Matcher m = PATTERNS.get(e).matcher(label);
            if (m.matches()) {
                String key = e.key().replaceAll("\\{[a-z]+}", m.group(1).replace("$", "\\$"));
                return Optional.of(new Defined(e, keyOf(key), label));
            }
        }
        return Optional.empty();
    }

    /** The label of the measure whose key is {@code key}, for a measure of its own (not of a family). */
    public static Optional<String> labelOfKey(String key) {
        return ENTRIES.stream().filter(e -> !e.family() && e.key().equals(key)).map(Entry::label).findFirst();
    }

    /** The measure among {@code labels} whose key is {@code key}, if any. */
    public static Optional<String> labelOfKey(String key, List<String> labels) {
        return labels.stream().filter(l -> define(l).map(d -> d.key().equals(key)).orElse(false)).findFirst();
    }

    private static Pattern pattern(String label) {
        String[] parts = label.split("\\{[a-z]+}", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append("(.+)");
            }
        }
        return Pattern.compile(regex.toString());
    }
}
