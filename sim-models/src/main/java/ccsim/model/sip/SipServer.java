package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.DialogInfo;
import ccsim.core.message.KvList;
import ccsim.core.message.NameAddr;
import ccsim.core.message.SipBody;
import ccsim.core.message.SessionDescription;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.model.caller.CallerScript;
import ccsim.model.cti.Cti;
import ccsim.model.cti.EventListeners;
import ccsim.model.ivr.IvrServer;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectLinkedOpenHashSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * SIP Server: the back-to-back user agent in front of GVP and, in Behind mode, the T-Server of the
 * Routing Points, Voice Treatment Ports and agent Extensions.
 *
 * <p>The caller's leg (from the gateway) stays for the whole call; SIP Server connects it in turn to
 * far-end legs (the IPCS, a Stream Manager treatment, an agent), answering the caller with the
 * first and re-INVITing it for each next one. Routing decisions come from the dialed number's
 * Trunk DN prefix (Stand-Alone, guide ch.4) or from the router of a Routing Point (Behind, ch.1–2).
 */
public final class SipServer extends SipEntity {
    /** RFC 3261 §16.6 Timer C: how long a leg may stay provisional before SIP Server gives up on it. */
    private static final double TIMER_C = 180;

    /** What a far-end leg is for. */
    private enum Purpose {
        REDIRECT_QUERY, RM_TREATMENT, IPCS, TRUNK_GROUP, STREAM_MANAGER, AGENT,
        /** An agent brings GVP back: the Stream Manager conference, the RM's choice of IPCS, the GVP port. */
        CONFERENCE_BRIDGE, CONFERENCE_QUERY, CONFERENCE_GVP;

        boolean conference() {
            return this == CONFERENCE_BRIDGE || this == CONFERENCE_QUERY || this == CONFERENCE_GVP;
        }
    }

    /** A call another switch routes to {@code target} on this one through an External Routing Point (ISCC). */
    private record IsccRoute(String target, Address requester, long connId, long call) {
    }

    private final SwitchDns dns;
    private final OptionValues options;
    private final Address streamManager;
    private String lastRmUriText;
    private SipUri lastRmUri;
    private final SipUri contact;
    private final Long2ObjectMap<Leg> legsByCallId = new Long2ObjectOpenHashMap<>();
    private final Long2ObjectMap<Call> callsByCallId = new Long2ObjectOpenHashMap<>();
    private final Long2ObjectMap<Call> callsByConnId = new Long2ObjectOpenHashMap<>();
    private long connIds;
    private final Map<String, Dialog> subscriptions = new HashMap<>();
    private final EventListeners listeners = new EventListeners();
    /** How a DN's event goes to a listener: made once, not a new method reference per event. */
    private final BiConsumer<Address, CtiMessage> toListener = this::send;
    /** Agents ready, in the order they became so; insertion-ordered without an entry object per member. */
    private final Set<String> readyAgents = new ObjectLinkedOpenHashSet<>();
    private final Map<String, ArrayDeque<IsccRoute>> isccRoutes = new HashMap<>();
    private long isccMatchFailures;
    private final int redirectRetries;
    private long redirectRaces;
    private final SipUri gvpEntry;
    private final boolean gvpEntryIsRm;
    private long conferencesAsked;
    private long conferencesRefused;
    private long conferencesHeld;
    private Address router;

    /** One call: the caller's leg and what it is connected to. */
    private static final class Call {
        final long connId;
        final Dialog caller;
        final String dialed;
        final String dnis;
        final String ani;
        Leg media;
        final List<Leg> pending = new ArrayList<>(2);
        TrunkDirectory.Trunk redirectTrunk;
        String routingDn;
        String lastRoutingDn;
        int redirectRetries;
        /** The DN of another switch this call is being routed to by ISCC (In-Front: a GVP Voice Treatment Port). */
        String remoteTarget;
        boolean isccMatched;
        /** The established legs of a conference bringing GVP back, and how long GVP is to stay. */
        final List<Leg> conference = new ArrayList<>(2);
        double conferenceSeconds;
        boolean answered;
        boolean ended;

        Call(long connId, Dialog caller, String dialed, String dnis, String ani) {
            this.connId = connId;
            this.caller = caller;
            this.dialed = dialed;
            this.dnis = dnis;
            this.ani = ani;
        }

        long id() {
            return caller.call();
        }
    }

    /** A far-end leg of a call. */
    private static final class Leg {
        final Call call;
        final Dialog dialog;
        final Purpose purpose;
        final String dn;
        /** The DN's entry in the switch's directory; null for a leg to no DN of this switch. */
        final SwitchDns.Dn dnEntry;
        final String subscriptionId;
        /** What SIP Server's NOTIFYs name when this leg ends: its DN, or the IPCS it was redirected to. */
        String stateEntity;
        /** Timer B until the far end first answers; then, where nodes fail, Timer C until its final answer. */
        Engine.Timer timerB;
        /** Sent where the Resource Manager's 302 pointed. */
        boolean redirected;
        /** This far end's re-INVITE, offered to the caller's side and not answered yet. */
        SipRequest reInvite;
        /** The answer this leg gave (its SDP). */
        SipBody answer;
        /** A conference GVP leg: SIP Server has re-INVITEd GVP into the Stream Manager conference. */
        boolean joining;
        boolean obsolete;
        boolean ringingReported;
        Address requester;
        /** Who hears of the events on this leg's DN, looked up at its first event. */
        EventListeners.Audience audience;

        Leg(Call call, Dialog dialog, Purpose purpose, String dn, SwitchDns.Dn dnEntry, String subscriptionId) {
            this.call = call;
            this.dialog = dialog;
            this.purpose = purpose;
            this.dn = dn;
            this.dnEntry = dnEntry;
            this.subscriptionId = subscriptionId;
            this.stateEntity = dn;
        }
    }

    /**
     * @param streamManager   where treatments of calls queued on SIP Server play, or null without one
     * @param redirectRetries how often a call the IPCS refuses (486) after the RM's 302 is offered to the RM again
     * @param gvpEntry        where SIP Server INVITEs GVP to bring it back into a call, or null
     * @param gvpEntryIsRm    whether that is the Resource Manager (else an IPCS)
     */
    public SipServer(Engine engine, Address address, SwitchDns dns, OptionValues options, Address streamManager,
                     int redirectRetries, SipUri gvpEntry, boolean gvpEntryIsRm) {
        super(engine, address, "SIP Server");
        this.redirectRetries = redirectRetries;
        this.gvpEntry = gvpEntry;
        this.gvpEntryIsRm = gvpEntryIsRm;
        this.dns = dns;
        this.options = options;
        this.streamManager = streamManager;
        this.contact = uri("gvp");
    }

    /** IPCS refusals (486) of calls the Resource Manager had just sent there, each asked again of the RM. */
    public long redirectRaces() {
        return redirectRaces;
    }

    /** Agents' requests to bring GVP back into a call; those GVP refused (its re-INVITE); those held. */
    public long[] conferences() {
        return new long[] {conferencesAsked, conferencesRefused, conferencesHeld};
    }

    /** Calls that reached an External Routing Point and could not be matched to an ISCC request. */
    public long isccMatchFailures() {
        return isccMatchFailures;
    }

    /** Calls in progress. */
    public int callsInProgress() {
        return callsByConnId.size();
    }

    // ---- SIP ----

    @Override
    protected void onRequest(SipRequest q, Address from) {
        switch (q.method()) {
            case INVITE -> onInvite(q, from);
            case ACK -> { }
            case BYE -> onBye(q, from);
            case REFER -> onRefer(q, from);
            case SUBSCRIBE -> onSubscribe(q, from);
            case CANCEL -> onCancel(q, from);
            default -> refuse(q, from);
        }
    }

    /**
     * The caller gives up before the call is answered (RFC 3261 §9.2): 200 to the CANCEL, 487 to the
     * INVITE, and the call is let go as if the caller had hung up (the strategy hears EventAbandoned).
     */
    private void onCancel(SipRequest cancel, Address from) {
        Call c = callsByCallId.get(cancel.headers().callId());
        if (c == null) {
            send(from, Sip.respond(cancel, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        send(from, c.caller.respond(cancel, SipStatus.OK, null));
        if (c.answered || c.ended) {
            return;
        }
        send(c.caller.peer(), c.caller.respond(c.caller.inviteRequest(), SipStatus.REQUEST_TERMINATED, null));
        callerGone(c);
    }

    private void onInvite(SipRequest invite, Address from) {
        Leg far = legsByCallId.get(invite.headers().callId());
        if (far != null && far.call.media == far && !far.call.ended && far.reInvite == null) {
            // the connected far end changes its media (an agent holds or resumes): SIP Server, a B2BUA,
            // offers the change to the caller's side and answers the far end with what comes back
            far.reInvite = invite;
            send(far.call.caller.peer(), far.call.caller.request(SipMethod.INVITE, newBranch(), invite.body()));
            return;
        }
        if (far == null && invite.retransmission() && callsByCallId.containsKey(invite.headers().callId())) {
            // a copy of a caller's INVITE whose original came in before SIP Server was cut off: still in hand
            send(from, callsByCallId.get(invite.headers().callId()).caller.respond(invite, SipStatus.TRYING, null));
            return;
        }
        if (far != null || callsByCallId.containsKey(invite.headers().callId())) {
            refuse(invite, from);
            return;
        }
        Dialog callerLeg = Dialog.callee(invite, from, newTag(), contact);
        send(from, callerLeg.respond(invite, SipStatus.TRYING, null));
        String dialed = invite.requestUri().user();
        // the DNIS is the To user: the dialed number, or the service a bridging IPCS calls on behalf of
        // every call SIP Server handles is a T-Server call of its own, even a caller's second (a redial or
        // a call the caller's side places on a REFER): its ConnID is not the simulated call's number
        Call c = new Call(++connIds, callerLeg, dialed, invite.headers().to().uri().user(),
                invite.headers().from().uri().user());
        callsByCallId.put(callerLeg.callId(), c);
        callsByConnId.put(c.connId, c);
        // guide ch.1 step 2: the user part of the Request-URI is the destination
        if (dns.isRoutingPoint(dialed)) {
            waitForRoute(c, dialed);
            return;
        }
        if (dns.isExternalRoutingPoint(dialed)) {
            // the softswitch placed the call GVP's REFER asked for (refer-enabled true, guide ch.3)
            arriveOnExternalRoutingPoint(c, dialed);
            return;
        }
        SwitchDns.Dn extension = dns.endpoint(dialed);
        if (extension != null && !extension.voiceTreatmentPort()) {
            // a call to an agent's DN: the caller's side placing the transfer SIP Server REFERred to it
            // (refer-enabled on its Trunk DN, Appendix B)
            inviteOut(c, Purpose.AGENT, extension);
            return;
        }
        // guide ch.1, Stand-Alone steps 2-3: a Trunk DN prefix pointing to the Resource Manager
        Optional<TrunkDirectory.Trunk> trunk = dns.trunks().forDialedNumber(dialed);
        if (trunk.isEmpty()) {
            endCall(c, SipStatus.NOT_FOUND);
            return;
        }
        c.redirectTrunk = trunk.get();
        inviteOut(c, Purpose.REDIRECT_QUERY, trunk.get().contactUri(), trunk.get().name(), null);
    }

    /** Sends an INVITE for a new far-end leg of {@code c}, offering the caller's SDP. */
    private Leg inviteOut(Call c, Purpose purpose, SipUri target, String dn, String subscriptionId) {
        return inviteOut(c, purpose, target, dn, subscriptionId, c.caller.inviteRequest().body());
    }

    /** Sends an INVITE for a new far-end leg of {@code c}, offering {@code offer}. */
    private Leg inviteOut(Call c, Purpose purpose, SipUri target, String dn, String subscriptionId, SipBody offer) {
        return inviteOut(c, purpose, target, dn, dn == null ? null : dns.endpoint(dn), subscriptionId, offer);
    }

    /** Sends an INVITE for a new leg of {@code c} to the port or agent DN {@code e}, offering the caller's SDP. */
    private Leg inviteOut(Call c, Purpose purpose, SwitchDns.Dn e) {
        return inviteOut(c, purpose, e.contact(), e.dn(), e, e.subscriptionId(), c.caller.inviteRequest().body());
    }

    private Leg inviteOut(Call c, Purpose purpose, SipUri target, String dn, SwitchDns.Dn dnEntry,
                          String subscriptionId, SipBody offer) {
        Address peer = target.address();
        // a call routed to a DN is addressed to that DN; towards GVP, override-to-on-divert false keeps
        // the dialed number (the Routing Point) as the To user, which GVP takes as the DNIS (Table 2)
        boolean toDn = dn != null && (dnEntry != null || purpose == Purpose.TRUNK_GROUP);
        // GVP brought back into a call runs the application of the caller's service (the DNIS)
        String service = purpose.conference() ? c.dnis : c.dialed;
        SipUri requestUri = new SipUri(toDn ? dn : service, peer);
        String toUser = toDn && options.isTrue(SipServerOption.OVERRIDE_TO_ON_DIVERT) ? dn : service;
        SipRequest original = c.caller.inviteRequest();
        Dialog d = Dialog.caller(c.id(), newCallId(), peer,
                NameAddr.of(original.headers().from().uri()).withTag(newTag()),
                NameAddr.of(new SipUri(toUser, peer)), requestUri, contact);
        Leg leg = new Leg(c, d, purpose, dn, dnEntry, subscriptionId);
        legsByCallId.put(d.callId(), leg);
        c.pending.add(leg);
        send(peer, d.invite(newBranch(), offer));
        leg.timerB = engine.schedule(timerB(), () -> onTimerB(leg));
        return leg;
    }

    /**
     * A GVP port is being taken (guide Tables 5 and 10, Appendix B subscription-id): the subscriber (the
     * Resource Manager) hears of it by NOTIFY now, and of its end when the leg ends or fails.
     */
    private void portTaken(Leg leg, String entity) {
        leg.stateEntity = entity;
        notifySubscriber(leg, DialogInfo.TRYING);
    }

    private void onTimerB(Leg leg) {
        leg.timerB = null;
        leg.call.pending.remove(leg);
        legsByCallId.remove(leg.dialog.callId());
        if (mayAskRmAgain(leg)) {
            // the IPCS the RM named does not answer (its host is down): another may
            askRmAgain(leg);
        } else {
            legFailed(leg, SipStatus.REQUEST_TIMEOUT);
        }
    }

    private boolean mayAskRmAgain(Leg leg) {
        return leg.redirected && !leg.call.ended && leg.call.redirectRetries < redirectRetries;
    }

    /** Offers the call to the Resource Manager again, after the IPCS it named refused or did not answer. */
    private void askRmAgain(Leg leg) {
        Call c = leg.call;
        c.redirectRetries++;
        notifySubscriber(leg, DialogInfo.TERMINATED);
        inviteOut(c, leg.purpose == Purpose.TRUNK_GROUP ? Purpose.TRUNK_GROUP : Purpose.REDIRECT_QUERY,
                c.redirectTrunk.contactUri(), leg.purpose == Purpose.TRUNK_GROUP ? leg.dn : c.redirectTrunk.name(),
                null);
    }

    @Override
    protected void onResponse(SipResponse r, Address from) {
        Leg leg = legsByCallId.get(r.callId());
        if (leg != null) {
            onLegResponse(leg, r);
            return;
        }
        Call c = callsByCallId.get(r.callId());
        if (c == null && !r.provisional() && r.status() < 300 && r.cseqMethod() == SipMethod.INVITE) {
            // the far end answered after SIP Server gave up on it (Timer B): ACK the 2xx and hang up
            send(from, Sip.inDialogOf(r, SipMethod.ACK, r.cseq(), newBranch()));
            send(from, Sip.inDialogOf(r, SipMethod.BYE, r.cseq() + 1, newBranch()));
            return;
        }
        if (c == null || r.provisional()) {
            return;
        }
        if (r.cseqMethod() == SipMethod.INVITE) {
            // the caller's side answered a re-INVITE: towards a new far end, or a far end's own change
            if (r.status() < 300) {
                send(c.caller.peer(), c.caller.ack(newBranch(), r.cseq()));
            } else if (r.status() == SipStatus.CALL_DOES_NOT_EXIST) {
                // the caller's side no longer has the call (RFC 3261 §12.2.1.2)
                callerGone(c);
                return;
            }
            Leg far = c.media;
            if (far != null && far.reInvite != null) {
                send(far.dialog.peer(), far.dialog.respond(far.reInvite, r.status(), r.body()));
                far.reInvite = null;
            }
        } else if (r.cseqMethod() == SipMethod.REFER && r.status() >= 300) {
            // the caller's side would not transfer: the call goes no further
            endCall(c, r.status());
        } else if (r.cseqMethod() == SipMethod.BYE) {
            forget(c);
        } else if (r.cseqMethod() == SipMethod.UPDATE && (r.status() == SipStatus.CALL_DOES_NOT_EXIST
                || r.status() == SipStatus.REQUEST_TIMEOUT)) {
            // RFC 4028: the refreshed session is gone at the caller's side (RFC 3261 §12.2.1.2)
            callerGone(c);
        }
    }

    /**
     * Cut off for a while, SIP Server may hold calls whose callers hung up meanwhile, their BYEs lost.
     * It refreshes each call's session towards the caller (RFC 4028, an UPDATE) at once, rather than on
     * a periodic session timer, since only a cut-off leaves dead dialogs behind in this model.
     */
    @Override
    protected void reconnected() {
        for (Call c : List.copyOf(callsByConnId.values())) {
            if (c.answered && !c.ended) {
                send(c.caller.peer(), c.caller.request(SipMethod.UPDATE, newBranch(), null));
                if (c.media != null) {
                    send(c.media.dialog.peer(), c.media.dialog.request(SipMethod.UPDATE, newBranch(), null));
                }
            }
        }
    }

    private void onLegResponse(Leg leg, SipResponse r) {
        Call c = leg.call;
        if (r.cseqMethod() == SipMethod.BYE) {
            legsByCallId.remove(leg.dialog.callId());
            return;
        }
        if (r.cseqMethod() == SipMethod.UPDATE) {
            if (r.status() == SipStatus.CALL_DOES_NOT_EXIST || r.status() == SipStatus.REQUEST_TIMEOUT) {
                // RFC 4028: the far end's session is gone (RFC 3261 §12.2.1.2)
                farEndGone(leg, null);
            }
            return;
        }
        if (leg.joining && r.cseqMethod() == SipMethod.INVITE && !r.provisional()) {
            onJoinAnswered(leg, r);
            return;
        }
        if (r.cseqMethod() != SipMethod.INVITE || !c.pending.contains(leg)) {
            return;
        }
        if (leg.timerB != null) {
            leg.timerB.cancel();
            leg.timerB = null;
        }
        if (r.provisional() && expectsLosses()) {
            // Timer C (RFC 3261 §16.6): a far end that rang and then died would hold the call forever
            leg.timerB = engine.schedule(TIMER_C, () -> onTimerB(leg));
        }
        if (r.provisional()) {
            onProvisional(leg, r);
        } else if (r.status() < 300) {
            c.pending.remove(leg);
            leg.dialog.confirm(r);
            leg.answer = r.body();
            send(leg.dialog.peer(), leg.dialog.ack(newBranch()));
            if (leg.purpose.conference()) {
                onConferenceLegAnswered(leg);
            } else {
                onAnswered(leg, r.body());
            }
        } else {
            c.pending.remove(leg);
            legsByCallId.remove(leg.dialog.callId());
            send(leg.dialog.peer(), Sip.ackFailure(leg.dialog.inviteRequest(), r));
            if (r.status() == SipStatus.MOVED_TEMPORARILY && leg.purpose == Purpose.CONFERENCE_QUERY && !c.ended) {
                SipUri ipcs = r.contact();
                portTaken(inviteOut(c, Purpose.CONFERENCE_GVP, ipcs, null, Sip.GVP_SUBSCRIPTION_ID, leg.dialog
                        .inviteRequest().body()), dns.trunks().ipcsTrunkNameOf(ipcs.host()));
            } else if (r.status() == SipStatus.MOVED_TEMPORARILY && !c.ended) {
                onRedirect(leg, r.contact());
            } else if (r.status() == SipStatus.BUSY_HERE && mayAskRmAgain(leg)) {
                // the RM's view lagged: the port it chose was taken meanwhile; ask it again
                redirectRaces++;
                askRmAgain(leg);
            } else {
                legFailed(leg, r.status());
            }
        }
    }

    /**
     * EventRinging on 180, or already on 100 Trying with event-ringing-on-100trying set on both the
     * Application and the DN (Appendix B note, Tables 2 and 5).
     */
    private void onProvisional(Leg leg, SipResponse r) {
        SwitchDns.Dn dn = leg.dnEntry;
        boolean ringsOn100 = options.isTrue(SipServerOption.EVENT_RINGING_ON_100TRYING) && dn != null
                && dn.options().isTrue(SipServerOption.EVENT_RINGING_ON_100TRYING);
        boolean tracked = leg.purpose == Purpose.IPCS || leg.purpose == Purpose.AGENT;
        if (tracked && (r.status() == SipStatus.RINGING || ringsOn100 && r.status() == SipStatus.TRYING)) {
            reportRinging(leg);
        }
        if (r.status() == SipStatus.RINGING && !leg.call.answered && !leg.call.ended) {
            send(leg.call.caller.peer(), leg.call.caller.respond(leg.call.caller.inviteRequest(), SipStatus.RINGING,
                    null));
        }
    }

    /** A far end answered: connect the caller to it and let go of what it was connected to. */
    private void onAnswered(Leg leg, SipBody answer) {
        Call c = leg.call;
        if (c.ended || leg.obsolete || (leg.purpose == Purpose.STREAM_MANAGER && c.media != null
                && c.media.purpose == Purpose.AGENT)) {
            release(leg);
            return;
        }
        Leg previous = c.media;
        c.media = leg;
        if (leg.purpose == Purpose.AGENT) {
            for (Leg p : c.pending) {
                p.obsolete = true;
            }
        }
        if (!c.answered) {
            c.answered = true;
            send(c.caller.peer(), c.caller.respond(c.caller.inviteRequest(), SipStatus.OK, answer));
        } else {
            send(c.caller.peer(), c.caller.request(SipMethod.INVITE, newBranch(), answer));
        }
        if (leg.purpose == Purpose.IPCS || leg.purpose == Purpose.AGENT) {
            // the provisional responses may have been overtaken by the 200 or lost: a DN rings before it talks
            reportRinging(leg);
            dnEvent(Cti.EVENT_ESTABLISHED, leg);
        }
        if (previous != null) {
            release(previous);
        }
    }

    private void reportRinging(Leg leg) {
        if (!leg.ringingReported && leg.dn != null) {
            leg.ringingReported = true;
            dnEvent(Cti.EVENT_RINGING, leg);
        }
    }

    /** Hangs up a far-end leg and reports the DN free. */
    private void release(Leg leg) {
        send(leg.dialog.peer(), leg.dialog.request(SipMethod.BYE, newBranch(), null));
        legEnded(leg);
    }

    private void legEnded(Leg leg) {
        if (leg.purpose == Purpose.IPCS || leg.purpose == Purpose.AGENT || leg.purpose == Purpose.TRUNK_GROUP
                || leg.purpose == Purpose.CONFERENCE_GVP) {
            if (leg.dnEntry != null) {
                dnEvent(Cti.EVENT_RELEASED, leg);
            }
            notifySubscriber(leg, DialogInfo.TERMINATED);
        }
    }

    private void legFailed(Leg leg, int status) {
        Call c = leg.call;
        if (leg.purpose.conference()) {
            // no conference: the agent and the caller talk on
            if (leg.purpose == Purpose.CONFERENCE_GVP) {
                notifySubscriber(leg, DialogInfo.TERMINATED);
            }
            endConference(c);
            return;
        }
        if (leg.purpose == Purpose.IPCS || leg.purpose == Purpose.TRUNK_GROUP) {
            notifySubscriber(leg, DialogInfo.TERMINATED);
        }
        if (leg.purpose == Purpose.TRUNK_GROUP) {
            // the port URS chose on the virtual switch never saw the call; the Access Resource is free again
            remoteRouteFailed(c, Cti.REASON_REFUSED);
        }
        boolean routed = (leg.purpose == Purpose.IPCS || leg.purpose == Purpose.AGENT) && leg.dnEntry != null;
        if (routed) {
            routeFailed(leg.requester != null ? leg.requester : router, c.connId, c.id(), leg.dn, Cti.REASON_REFUSED);
        }
        if (c.ended) {
            return;
        }
        if (leg.purpose == Purpose.RM_TREATMENT || leg.purpose == Purpose.STREAM_MANAGER) {
            if (c.routingDn != null) {
                toRouter(Cti.message(Cti.EVENT_TREATMENT_NOT_APPLIED, c.connId, c.id(), KvList.of(Cti.THIS_DN,
                        c.routingDn)));
            }
        } else if (leg.purpose == Purpose.AGENT && c.media != null) {
            // the agent refused (logged out meanwhile): the caller keeps its treatment and is routed again,
            // by SIP Server's router or, for a call on GVP, by IVR Server on the EventError above
            if (leg.requester == null && c.lastRoutingDn != null) {
                waitForRoute(c, c.lastRoutingDn);
            }
        } else {
            endCall(c, status);
        }
    }

    /**
     * A 302 from the Resource Manager. Stand-Alone (guide ch.1 steps 4-5): follow it to the IPCS,
     * with straight-forward true on the RM's Trunk DN as given, with false through the IPCS Trunk DN
     * named by the IP without dots (Table 10 and Tip). Behind (ch.2, RM interaction tip steps 3-4):
     * return EventTreatmentEnd with the IPCS id and Contact to the strategy.
     */
    private void onRedirect(Leg leg, SipUri target) {
        Call c = leg.call;
        String ipcsId = dns.trunks().ipcsTrunkNameOf(target.host());
        if (leg.purpose == Purpose.RM_TREATMENT) {
            toRouter(new CtiMessage(Cti.EVENT_TREATMENT_END, c.connId, KvList.of(Cti.THIS_DN, c.routingDn),
                    KvList.of(Cti.GSIP_APPDATA_RM_IPCSID, ipcsId, Cti.GSIP_APPDATA_RM_IPCSCONTACT, target.toString()),
                    c.id()));
            return;
        }
        Optional<TrunkDirectory.Trunk> ipcsTrunk = dns.trunks().byName(ipcsId);
        TrunkDirectory.Trunk trunk = ipcsTrunk.orElseGet(() -> TrunkDirectory.Trunk.unconfigured(ipcsId));
        String subscriptionId = trunk.options().get(SipServerOption.SUBSCRIPTION_ID);
        // In-Front (guide ch.1, In-Front steps 5 and 8): the call still goes to GVP through the Trunk Group DN
        boolean trunkGroup = leg.purpose == Purpose.TRUNK_GROUP;
        Purpose purpose = trunkGroup ? Purpose.TRUNK_GROUP : Purpose.IPCS;
        String dn = trunkGroup ? leg.dn : trunk.name();
        if (trunkGroup && subscriptionId == null) {
            subscriptionId = c.redirectTrunk.options().get(SipServerOption.SUBSCRIPTION_ID);
        }
        Leg next;
        // guide ch.1, Stand-Alone step 5 / In-Front step 8. straight-forward is read where Table 10 and its Tip
        // put it, on the IPCS's Trunk DN (whose contact may then be a dummy), and on the DN the call was sent
        // to the RM through. In-Front's Trunk Group DN (ch.3) has no IPCS Trunk DN to resolve the Contact by:
        // SIP Server follows the Contact of the RM's 302 as given.
        boolean straight = c.redirectTrunk.options().isTrue(SipServerOption.STRAIGHT_FORWARD)
                || trunk.options().isTrue(SipServerOption.STRAIGHT_FORWARD)
                || trunkGroup && ipcsTrunk.isEmpty();
        if (straight) {
            next = inviteOut(c, purpose, target, dn, subscriptionId);
        } else if (trunk.contactUri() != null) {
            next = inviteOut(c, purpose, trunk.contactUri(), dn, subscriptionId);
        } else {
            if (trunkGroup) {
                remoteRouteFailed(c, Cti.REASON_REFUSED);
            }
            endCall(c, SipStatus.NOT_FOUND);
            return;
        }
        next.redirected = true;
        portTaken(next, ipcsId);
    }

    private void onBye(SipRequest bye, Address from) {
        Leg leg = legsByCallId.get(bye.headers().callId());
        if (leg != null) {
            send(from, leg.dialog.respond(bye, SipStatus.OK, null));
            farEndGone(leg, bye.headers().reason());
            return;
        }
        Call c = callsByCallId.get(bye.headers().callId());
        if (c == null) {
            send(from, Sip.respond(bye, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        // the caller hung up
        send(from, c.caller.respond(bye, SipStatus.OK, null));
        callerGone(c);
    }

    /** A far end hung up, or its dialog is gone: the call is over, for the reason it gave if any. */
    private void farEndGone(Leg leg, String reason) {
        legsByCallId.remove(leg.dialog.callId());
        Call c = leg.call;
        if (c.conference.remove(leg)) {
            // GVP's application in the conference is over
            legEnded(leg);
            endConference(c);
            return;
        }
        if (c.media == leg) {
            c.media = null;
            if (!c.ended) {
                c.ended = true;
                send(c.caller.peer(), c.caller.request(SipMethod.BYE, newBranch(), null).withReason(reason));
                abandonLegs(c);
            }
            legEnded(leg);
        }
    }

    /** The caller's side is gone: let go of everything the call holds. */
    private void callerGone(Call c) {
        if (!c.ended) {
            c.ended = true;
            if (c.routingDn != null) {
                toRouter(Cti.message(Cti.EVENT_ABANDONED, c.connId, c.id(), KvList.of(Cti.THIS_DN, c.routingDn)));
                c.routingDn = null;
            }
            if (c.media != null) {
                release(c.media);
                c.media = null;
            }
            abandonLegs(c);
        }
        forget(c);
    }

    /** Pending legs of an ended call are dropped as their answers come in; a conference ends with it. */
    private void abandonLegs(Call c) {
        for (Leg p : c.pending) {
            p.obsolete = true;
        }
        endConference(c);
    }

    /**
     * An agent asks to bring GVP back into its call (guide ch.1 "Limitations for GVP 7.5 Only"): SIP Server
     * opens a conference on Stream Manager, has GVP called in (through the RM when there is one), then
     * re-INVITEs GVP into the conference.
     */
    private void onConferenceRequest(CtiMessage m) {
        conferencesAsked++;
        String agent = Cti.thisDn(m);
        Call c = callsByConnId.values().stream().filter(k -> k.media != null && k.media.purpose == Purpose.AGENT
                && agent.equals(k.media.dn) && !k.ended).findFirst().orElse(null);
        if (c == null || streamManager == null || gvpEntry == null || !c.conference.isEmpty()) {
            return;
        }
        c.conferenceSeconds = Double.parseDouble(m.attributes().get(Cti.DURATION));
        inviteOut(c, Purpose.CONFERENCE_BRIDGE, new SipUri(null, streamManager), null, null);
    }

    /** The conference is open: call GVP in; GVP answered: re-INVITE it into the conference. */
    private void onConferenceLegAnswered(Leg leg) {
        Call c = leg.call;
        if (c.ended || leg.obsolete) {
            release(leg);
            return;
        }
        c.conference.add(leg);
        if (leg.purpose == Purpose.CONFERENCE_BRIDGE) {
            CallerScript caller = (CallerScript) ((SessionDescription) c.caller.inviteRequest().body()).script();
            // GVP runs its application for the agent's chosen time, then hangs up
            SessionDescription offer = new SessionDescription(address().host(), 30000, CallerScript.selfServiceOnly(
                    caller.callType(), c.conferenceSeconds));
            if (gvpEntryIsRm) {
                inviteOut(c, Purpose.CONFERENCE_QUERY, gvpEntry, null, null, offer);
            } else {
                portTaken(inviteOut(c, Purpose.CONFERENCE_GVP, gvpEntry, null, Sip.GVP_SUBSCRIPTION_ID, offer),
                        dns.trunks().ipcsTrunkNameOf(gvpEntry.host()));
            }
        } else {
            Leg bridge = c.conference.get(0);
            leg.joining = true;
            send(leg.dialog.peer(), leg.dialog.request(SipMethod.INVITE, newBranch(), bridge.answer));
        }
    }

    /** GVP 7.6 joins the conference; GVP 7.5 does not support this re-INVITE and the attempt fails. */
    private void onJoinAnswered(Leg leg, SipResponse r) {
        leg.joining = false;
        if (r.status() < 300) {
            conferencesHeld++;
            send(leg.dialog.peer(), leg.dialog.ack(newBranch(), r.cseq()));
        } else {
            conferencesRefused++;
            send(leg.dialog.peer(), Sip.ackFailure(leg.dialog.inviteRequest(), r));
            endConference(leg.call);
        }
    }

    /** Hangs up whatever of the conference is still up. */
    private void endConference(Call c) {
        for (Leg l : List.copyOf(c.conference)) {
            c.conference.remove(l);
            release(l);
        }
    }

    /**
     * A REFER from the IPCS to a Routing Point. With sip-refer-to-sst-enabled SIP Server performs it
     * as a single-step transfer (Appendix B): the IPCS dialog ends and the call waits on the Routing
     * Point for its strategy. Without it, a REFER towards a gateway that may not receive one
     * (refer-enabled false) is refused.
     */
    private void onRefer(SipRequest refer, Address from) {
        Leg leg = legsByCallId.get(refer.headers().callId());
        if (leg == null || leg.call.media != leg) {
            send(from, Sip.respond(refer, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        Call c = leg.call;
        boolean callerTakesRefer = callerTakesRefer(c);
        if (!options.isTrue(SipServerOption.SIP_REFER_TO_SST_ENABLED) && !callerTakesRefer) {
            send(from, leg.dialog.respond(refer, SipStatus.FORBIDDEN, null));
            return;
        }
        send(from, leg.dialog.respond(refer, SipStatus.ACCEPTED, null));
        String target = refer.headers().referTo().user();
        if (callerTakesRefer) {
            // refer-enabled on the caller's Trunk DN (Appendix B): the caller's side is asked to call the
            // target itself; the IPCS stays on this call until the caller's side hangs it up
            send(c.caller.peer(), c.caller.refer(newBranch(), uri(target)));
            return;
        }
        c.media = null;
        release(leg);
        if (dns.isExternalRoutingPoint(target)) {
            arriveOnExternalRoutingPoint(c, target);
        } else {
            waitForRoute(c, target);
        }
    }

    /** Whether the caller's side is a Trunk DN with refer-enabled (true by default, Appendix B). */
    private boolean callerTakesRefer(Call c) {
        return dns.trunks().byContact(c.caller.peer().toString())
                .map(t -> t.options().isTrue(SipServerOption.REFER_ENABLED)).orElse(false);
    }

    private void forget(Call c) {
        callsByCallId.remove(c.caller.callId());
        callsByConnId.remove(c.connId);
    }

    /** Ends the call towards the caller: a final error if unanswered, else a BYE. */
    private void endCall(Call c, int status) {
        if (c.ended) {
            return;
        }
        c.ended = true;
        if (!c.answered) {
            send(c.caller.peer(), c.caller.respond(c.caller.inviteRequest(), status, null));
            forget(c);
        } else {
            send(c.caller.peer(), c.caller.request(SipMethod.BYE, newBranch(), null));
        }
        if (c.media != null) {
            release(c.media);
            c.media = null;
        }
        abandonLegs(c);
    }

    /**
     * The Resource Manager subscribes with user part {@code GVP}; SIP Server then reports the DNs whose
     * {@code subscription-id} is GVP (guide Tables 5 and 10, Appendix B "subscription-id").
     */
    private void onSubscribe(SipRequest subscribe, Address from) {
        String id = subscribe.requestUri().user();
        Dialog d = Dialog.callee(subscribe, from, newTag(), uri(id));
        subscriptions.put(id, d);
        send(from, d.respond(subscribe, SipStatus.OK, null));
    }

    /** RFC 4235: the state of the leg's dialog, named by its Call-ID so that the subscriber can order NOTIFYs. */
    private void notifySubscriber(Leg leg, String state) {
        Dialog subscriber = leg.subscriptionId == null ? null : subscriptions.get(leg.subscriptionId);
        if (subscriber != null) {
            send(subscriber.peer(), subscriber.request(SipMethod.NOTIFY, newBranch(),
                    new DialogInfo(leg.stateEntity, state, leg.dialog.callId()), leg.call.id()));
        }
    }

    // ---- CTI (T-Server) ----

    @Override
    protected void onCti(CtiMessage m, Address from) {
        switch (m.name()) {
            case Cti.REQUEST_REGISTER_CLIENT -> {
                if (Cti.ROLE_ROUTER.equals(m.attributes().get(Cti.ROLE))) {
                    router = from;
                } else {
                    listeners.monitorEveryDn(from);
                    // a new monitor learns the agents already ready, as a client querying DN states would
                    for (String dn : readyAgents) {
                        send(from, Cti.message(Cti.EVENT_AGENT_READY, KvList.of(Cti.THIS_DN, dn)));
                    }
                }
            }
            case Cti.REQUEST_REGISTER_ADDRESS -> {
                listeners.register(Cti.thisDn(m), from);
                send(from, Cti.message(Cti.EVENT_REGISTERED, KvList.of(Cti.THIS_DN, Cti.thisDn(m))));
            }
            case Cti.REQUEST_SET_INPUT_MASK -> listeners.setMask(from, m);
            case Cti.REQUEST_APPLY_TREATMENT -> onApplyTreatment(m);
            case Cti.REQUEST_ROUTE_CALL -> onRouteCall(m);
            case IvrServer.REQUEST_SINGLE_STEP_TRANSFER -> onSingleStepTransfer(m, from);
            case Cti.ISCC_EVENT_ACCESS -> onIsccAccess(m, from);
            case Cti.ISCC_REQUEST_ACCESS -> onIsccAccessRequest(m, from);
            case Cti.EVENT_ERROR -> onIsccRefused(m);
            case Cti.REQUEST_AGENT_READY -> {
                readyAgents.add(Cti.thisDn(m));
                toListeners(Cti.thisDn(m), Cti.message(Cti.EVENT_AGENT_READY, KvList.of(Cti.THIS_DN, Cti.thisDn(m))));
            }
            case Cti.REQUEST_CONFERENCE_GVP -> onConferenceRequest(m);
            case Cti.REQUEST_AGENT_NOT_READY -> {
                readyAgents.remove(Cti.thisDn(m));
                toListeners(Cti.thisDn(m), Cti.message(Cti.EVENT_AGENT_NOT_READY, KvList.of(Cti.THIS_DN, Cti.thisDn(m),
                        Cti.WORK_MODE, m.attributes().getOrDefault(Cti.WORK_MODE, ""))));
            }
            default -> throw new IllegalStateException("SIP Server does not handle " + m.name() + " from " + from);
        }
    }

    /** guide ch.1, Behind step 2: the call waits on a Routing Point for its strategy. */
    private void waitForRoute(Call c, String routingDn) {
        c.routingDn = routingDn;
        c.lastRoutingDn = routingDn;
        if (router == null) {
            endCall(c, SipStatus.TEMPORARILY_UNAVAILABLE);
            return;
        }
        send(router, Cti.message(Cti.EVENT_ROUTE_REQUEST, c.connId, c.id(), KvList.of(Cti.THIS_DN, routingDn, Cti.ANI, c.ani,
                Cti.DNIS, c.dnis)));
    }

    /**
     * The strategy's GSIP_RM_URI, parsed once while it stays the same (it is, call after call): one
     * Address object for the RM, which the network then finds without hashing.
     */
    private SipUri resourceManagerUri(String text) {
        if (!text.equals(lastRmUriText)) {
            lastRmUri = SipUri.parse(text);
            lastRmUriText = text;
        }
        return lastRmUri;
    }

    private void onApplyTreatment(CtiMessage m) {
        Call c = callsByConnId.get(m.connId());
        if (c == null || c.ended) {
            return;
        }
        String type = m.attributes().get(Cti.TREATMENT_TYPE);
        if (Cti.TREATMENT_PLAY_APPLICATION.equals(type)) {
            // guide ch.1, Behind steps 3-4: GSIP_APP_ID 501 sends an INVITE to the RM at GSIP_RM_URI
            inviteOut(c, Purpose.RM_TREATMENT, resourceManagerUri(m.userData().get(Cti.GSIP_RM_URI)), null, null);
        } else if (streamManager != null) {
            // guide ch.1, queuing on SIP Server step 4: SIP Server invokes Stream Manager
            inviteOut(c, Purpose.STREAM_MANAGER, new SipUri(null, streamManager), null, null);
        } else {
            toRouter(Cti.message(Cti.EVENT_TREATMENT_NOT_APPLIED, c.connId, c.id(), KvList.of(Cti.THIS_DN, c.routingDn)));
        }
    }

    private void onRouteCall(CtiMessage m) {
        Call c = callsByConnId.get(m.connId());
        boolean reject = Cti.ROUTE_TYPE_REJECT.equals(m.attributes().get(Cti.ROUTE_TYPE));
        String dest = m.attributes().get(Cti.OTHER_DN);
        if (c == null || c.ended) {
            if (!reject) {
                routeFailed(router, m.connId(), m.call(), dest, Cti.REASON_CALL_GONE);
            }
            return;
        }
        c.routingDn = null;
        if (reject) {
            endCall(c, SipStatus.BUSY_HERE);
            return;
        }
        SwitchDns.RemoteSwitch remote = dns.remoteOwner(dest);
        if (remote != null) {
            // guide ch.1, In-Front step 7 and ch.3 "Configuring access from the SIP Server to GVP": the port is
            // on the GVP virtual switch; ISCC DNIS pooling asks its T-Server for an Access Resource first
            c.remoteTarget = dest;
            send(remote.tServer(), Cti.message(Cti.ISCC_REQUEST_ACCESS, c.connId, c.id(), KvList.of(Cti.OTHER_DN, dest,
                    Cti.ANI, c.ani, Cti.DNIS, c.dnis)));
            return;
        }
        SwitchDns.Dn target = dns.endpoint(dest);
        if (target == null) {
            endCall(c, SipStatus.NOT_FOUND);
            return;
        }
        Purpose purpose = target.voiceTreatmentPort() ? Purpose.IPCS : Purpose.AGENT;
        // guide ch.1, Behind step 8 / queuing step 6: SIP Server INVITEs the selected port or agent
        Leg leg = inviteOut(c, purpose, target);
        if (purpose == Purpose.IPCS) {
            portTaken(leg, dest);
        }
    }

    /**
     * TSingleStepTransfer of the call on ThisDN (a Voice Treatment Port) to OtherDN: to a Routing Point
     * the call waits there for its strategy and the IPCS is released at once; to an agent SIP Server
     * INVITEs the agent and releases the IPCS when the agent answers (guide ch.1, queuing on GVP step 6).
     */
    private void onSingleStepTransfer(CtiMessage m, Address from) {
        Call c = callsByConnId.get(m.connId());
        String destination = m.attributes().get(Cti.OTHER_DN);
        if (c == null || c.ended || c.media == null || !Cti.thisDn(m).equals(c.media.dn)) {
            routeFailed(from, m.connId(), m.call(), destination, Cti.REASON_CALL_GONE);
            return;
        }
        SwitchDns.Dn target = dns.endpoint(destination);
        if ((dns.isRoutingPoint(destination) || target != null && !target.voiceTreatmentPort()) && callerTakesRefer(c)) {
            // refer-enabled on the caller's Trunk DN (Appendix B): the single-step transfer of the caller is a
            // REFER to the caller's side, which calls the destination itself and hangs up the call on the port
            send(c.caller.peer(), c.caller.refer(newBranch(), uri(destination)));
        } else if (dns.isRoutingPoint(destination)) {
            Leg ipcsLeg = c.media;
            c.media = null;
            release(ipcsLeg);
            waitForRoute(c, destination);
        } else if (target != null) {
            boolean port = target.voiceTreatmentPort();
            Leg leg = inviteOut(c, port ? Purpose.IPCS : Purpose.AGENT, target);
            leg.requester = from;
            if (port) {
                portTaken(leg, destination);
            }
        } else {
            routeFailed(from, m.connId(), m.call(), destination, Cti.REASON_REFUSED);
        }
    }

    /**
     * The virtual switch reserved an Access Resource for the call: SIP Server delivers it through the
     * Trunk Group DN numbered access code + Access Resource, whose contact is the Resource Manager or
     * the IPCS (guide ch.3, "Creating a Trunk Group DN"; ch.1, In-Front steps 4 and 8).
     */
    private void onIsccAccess(CtiMessage m, Address from) {
        Call c = callsByConnId.get(m.connId());
        String accessNumber = m.attributes().get(Cti.ACCESS_NUMBER);
        if (c == null || c.ended || c.remoteTarget == null) {
            send(from, Cti.message(Cti.ISCC_REQUEST_CANCEL, m.connId(), m.call(), KvList.of(Cti.ACCESS_NUMBER, accessNumber)));
            routeFailed(router, m.connId(), m.call(), m.attributes().get(Cti.OTHER_DN), Cti.REASON_CALL_GONE);
            return;
        }
        SwitchDns.RemoteSwitch remote = dns.remoteOwner(c.remoteTarget);
        Optional<TrunkDirectory.Trunk> trunkGroup = dns.trunks().byName(remote.accessCode() + accessNumber);
        if (trunkGroup.isEmpty() || trunkGroup.get().contactUri() == null) {
            remoteRouteFailed(c, Cti.REASON_REFUSED);
            endCall(c, SipStatus.NOT_FOUND);
            return;
        }
        c.redirectTrunk = trunkGroup.get();
        inviteOut(c, Purpose.TRUNK_GROUP, trunkGroup.get().contactUri(), trunkGroup.get().name(), null);
    }

    /** The virtual switch had no free Access Resource: the call cannot reach GVP now. */
    private void onIsccRefused(CtiMessage m) {
        Call c = callsByConnId.get(m.connId());
        if (c == null || c.remoteTarget == null) {
            return;
        }
        routeFailed(router, c.connId, c.id(), c.remoteTarget, m.attributes().getOrDefault(Cti.REASON, Cti.REASON_REFUSED));
        c.remoteTarget = null;
        endCall(c, SipStatus.SERVICE_UNAVAILABLE);
    }

    /** A call routed to another switch did not get there: URS frees the target, its T-Server the Access Resource. */
    private void remoteRouteFailed(Call c, String reason) {
        if (c.remoteTarget == null) {
            return;
        }
        SwitchDns.RemoteSwitch remote = dns.remoteOwner(c.remoteTarget);
        send(remote.tServer(), Cti.message(Cti.ISCC_REQUEST_CANCEL, c.connId, c.id(), KvList.of(Cti.OTHER_DN, c.remoteTarget)));
        routeFailed(router, c.connId, c.id(), c.remoteTarget, reason);
        c.remoteTarget = null;
    }

    /**
     * The virtual switch routes a call on its Routing Point to a DN of this switch (ISCC route type
     * Route, guide ch.3 "Configuring access from GVP to the SIP Server"): SIP Server reserves its External
     * Routing Point for it and answers with that number, which GVP transfers the call to.
     */
    private void onIsccAccessRequest(CtiMessage m, Address from) {
        String target = m.attributes().get(Cti.OTHER_DN);
        Call c = callsByConnId.get(m.connId());
        String erp = dns.externalRoutingPoint();
        if (c == null || c.ended || erp == null || dns.endpoint(target) == null) {
            routeFailed(from, m.connId(), m.call(), target, c == null || c.ended ? Cti.REASON_CALL_GONE
                    : Cti.REASON_REFUSED);
            return;
        }
        isccRoutes.computeIfAbsent(erp, k -> new ArrayDeque<>()).addLast(new IsccRoute(target, from, m.connId(),
                m.call()));
        send(from, Cti.message(Cti.ISCC_EVENT_ACCESS, m.connId(), m.call(), KvList.of(Cti.ACCESS_NUMBER, erp,
                Cti.OTHER_DN, target)));
    }

    /**
     * A call arrives on an External Routing Point: matched to the oldest routing request waiting there, it
     * goes on to that request's target. With match-call-once true a call this switch has matched before is
     * not matched again (Appendix-style extrouter option, guide ch.3 "Enabling call matching for multiple
     * transfers in GVP"): it stays unrouted and is released, as is a call no request waits for.
     */
    private void arriveOnExternalRoutingPoint(Call c, String erp) {
        ArrayDeque<IsccRoute> waiting = isccRoutes.get(erp);
        IsccRoute route = waiting == null ? null : waiting.pollFirst();
        boolean matchOnce = options.isTrue(SipServerOption.MATCH_CALL_ONCE);
        if (route == null || matchOnce && c.isccMatched) {
            isccMatchFailures++;
            if (route != null) {
                routeFailed(route.requester(), route.connId(), route.call(), route.target(), Cti.REASON_NOT_MATCHED);
            }
            endCall(c, SipStatus.NOT_FOUND);
            return;
        }
        c.isccMatched = true;
        inviteOut(c, Purpose.AGENT, dns.endpoint(route.target())).requester = route.requester();
    }

    /** Tells whoever routed a call to {@code dn} that it did not get there, and why. */
    private void routeFailed(Address to, long connId, long call, String dn, String reason) {
        send(to, Cti.routeError(connId, call, dn, reason));
    }

    /** An event on the DN of {@code leg}, told to the clients that listen to that DN. */
    private void dnEvent(String name, Leg leg) {
        Call c = leg.call;
        String dn = leg.dn;
        if (leg.audience == null) {
            leg.audience = listeners.audienceOf(dn);
        }
        if (Cti.EVENT_RINGING.equals(name)) {
            readyAgents.remove(dn);
            listeners.tell(leg.audience, Cti.message(name, c.connId, c.id(), KvList.of(Cti.THIS_DN, dn, Cti.ANI, c.ani,
                    Cti.DNIS, c.dnis)), toListener);
        } else {
            listeners.tell(leg.audience, Cti.message(name, c.connId, c.id(), KvList.of(Cti.THIS_DN, dn)), toListener);
        }
    }

    private void toListeners(String dn, CtiMessage m) {
        listeners.tell(listeners.audienceOf(dn), m, toListener);
    }

    private void toRouter(CtiMessage m) {
        send(router, m);
    }
}
