package ccsim.model.gvp;

import ccsim.core.engine.Engine;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.KvList;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.NameAddr;
import ccsim.core.message.SessionDescription;
import ccsim.core.message.SipBody;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.core.random.Distribution;
import ccsim.core.resource.CountedPool;
import ccsim.model.agents.AgentVoice;
import ccsim.model.caller.CallerScript;
import ccsim.model.ivr.Ivr;
import ccsim.model.media.StreamStopped;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipEntity;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import umontreal.ssj.rng.RandomStream;

/**
 * An IP Communication Server: a pool of ports (Max Channels) that answers INVITEs and runs the
 * VoiceXML application for as long as the caller stays. The application is chosen by the DNIS, which
 * GVP In-Front reads from the INVITE's To header and GVP Behind asks IVR Server for (guide ch.1, Behind
 * steps 9a-9b). A caller who then asks for an agent is handed on as {@link AgentHandoff} says.
 *
 * <p>Besides all busy ports, the IPCS keeps the ports running self-service and the ports holding
 * callers who wait for an agent on GVP apart.
 */
public final class Ipcs extends SipEntity {

    /** GVP's IVR Server client (guide ch.1, "What Is the GVP–SIP Server Integration?"). */
    public sealed interface IvrClient {
        /** Inactive: GVP takes the DNIS from the INVITE and tells nobody (Stand-Alone). */
        record None() implements IvrClient {
        }

        /** GVP Behind: asks IVR Server for the ANI and DNIS of each call on a port (Behind steps 9a-9b). */
        record Behind(Address ivrServer) implements IvrClient {
        }

        /**
         * GVP In-Front with UseDNIS (guide ch.3, "Configuring the IVR Server Client for the In-Front mode"):
         * takes the DNIS from the INVITE and tells IVR Server of each new call on one of its IVR ports, with
         * the number the call was delivered to as the called number.
         */
        record InFront(Address ivrServer) implements IvrClient {
        }
    }

    /** What the application does with a caller who asks for an agent. */
    public sealed interface AgentHandoff {
        /** Nobody is handed on (Stand-Alone: no transfer out of GVP, guide ch.1). */
        record None() implements AgentHandoff {
        }

        /** A REFER to the agent Routing Point (Transfer on Platform). */
        record Refer(SipUri routingPointUri) implements AgentHandoff {
        }

        /** A transfer request to IVR Server, which asks SIP Server for a TSingleStepTransfer. */
        record IvrServerTransfer(Address ivrServer, String routingPoint) implements AgentHandoff {
        }

        /** The routing block asks IVR Server for a route on the Virtual Routing Point: queuing on GVP. */
        record QueueOnGvp(Address ivrServer, String virtualRoutingPoint) implements AgentHandoff {
        }

        /** The IPCS calls the agent Routing Point through SIP Server and bridges the caller to that call. */
        record Bridged(Address sipServer, SipUri routingPointUri) implements AgentHandoff {
        }
    }

    /** One call on one port. */
    private static final class Session {
        final Dialog dialog;
        final String port;
        final CallerScript script;
        boolean applicationStarted;
        /** GVP Behind: the DNIS IVR Server gave for the call (steps 9a-9b); null until it has. */
        String dnis;
        /** The port's answer delay has passed: 180 is sent; 200 waits for the DNIS in GVP Behind. */
        boolean answerDue;
        /** The 200 OK went out (it carries the port's media). */
        boolean answered;
        SessionDescription answer;
        SipRequest invite;
        Address from;
        boolean selfService;
        boolean queued;
        boolean bridged;
        Dialog outbound;

        Session(Dialog dialog, String port, CallerScript script) {
            this.dialog = dialog;
            this.port = port;
            this.script = script;
        }
    }

    private final CountedPool ports;
    private final CountedPool selfServicePorts;
    private final CountedPool queuePorts;
    private final CountedPool bridgedPorts;
    private final Distribution answerDelay;
    private final RandomStream answerStream;
    private final Set<String> applications;
    private final Set<String> capabilities;
    private final Map<String, Set<String>> requiredByDnis;
    private final Map<String, Long> capabilityFailures = new HashMap<>();
    private final IvrClient ivrClient;
    private final AgentHandoff handoff;
    /** In-Front: the IVR ports (numbered as the Voice Treatment Ports) not carrying a call, lowest first. */
    private final TreeSet<String> freeIvrPorts = new TreeSet<>();
    private final Long2ObjectMap<Session> byCallId = new Long2ObjectOpenHashMap<>();
    // a port's session comes and goes with each call: open addressing makes no entry object per call
    private final Map<String, Session> byPort;
    private final Set<String> portDns;
    private final SipUri contact;
    private long rejected;
    private long releasedOnHold;
    private long refusedReInvites;
    private final boolean gvp75;
    private long unknownApplication;

    /**
     * @param portDns      the Voice Treatment Port DNs of this IPCS (none in Stand-Alone mode)
     * @param applications the DNIS values GVP has an application (DID) for
     * @param ivrClient    how GVP's IVR Server client runs
     * @param capabilities   the features this IPCS's ports offer (e.g. asr)
     * @param requiredByDnis the features each application, by its DNIS, needs
     * @param gvpRelease     the GVP release, "7.5" or "7.6" (7.5 releases a call put on hold in a bridge)
     */
    public Ipcs(Engine engine, Address address, int ports, Distribution answerDelay, RandomStream answerStream,
                Set<String> portDns, Set<String> applications, IvrClient ivrClient, AgentHandoff handoff,
                Set<String> capabilities, Map<String, Set<String>> requiredByDnis, String gvpRelease) {
        // a prefix of its own: RFC 3261 branches must be unique across every entity
        super(engine, address, "IPCS " + address.host());
        String name = "IPCS " + address.host();
        this.ports = new CountedPool(engine, name + " ports", ports);
        this.selfServicePorts = new CountedPool(engine, name + " ports in self-service", ports);
        this.queuePorts = new CountedPool(engine, name + " ports holding queued callers", ports);
        this.bridgedPorts = new CountedPool(engine, name + " ports in bridged conversations", ports);
        // room for every port at once: the map never grows or shrinks as the day's load comes and goes
        this.byPort = new Object2ObjectOpenHashMap<>(ports);
        this.answerDelay = answerDelay;
        this.answerStream = answerStream;
        this.portDns = new HashSet<>(portDns);
        this.applications = Set.copyOf(applications);
        this.ivrClient = ivrClient;
        this.handoff = handoff;
        this.capabilities = Set.copyOf(capabilities);
        this.requiredByDnis = Map.copyOf(requiredByDnis);
        this.gvp75 = "7.5".equals(gvpRelease);
        if (ivrClient instanceof IvrClient.InFront) {
            freeIvrPorts.addAll(portDns);
        }
        this.contact = uri("ipcs");
    }

    public CountedPool ports() {
        return ports;
    }

    /** Ports running a VoiceXML application. */
    public CountedPool selfServicePorts() {
        return selfServicePorts;
    }

    /** Ports playing the queue treatment to callers waiting for an agent (queuing on GVP). */
    public CountedPool queuePorts() {
        return queuePorts;
    }

    /** Ports bridging a caller to an agent (bridged transfer: GVP stays in the call path). */
    public CountedPool bridgedPorts() {
        return bridgedPorts;
    }

    /** INVITEs refused with 486 because every port was busy. */
    public long rejected() {
        return rejected;
    }

    /** Applications, by DNIS, that failed here for a capability this IPCS lacks. */
    public Map<String, Long> capabilityFailures() {
        return Map.copyOf(capabilityFailures);
    }

    /** Calls refused or ended because no application matched their DNIS. */
    public long unknownApplication() {
        return unknownApplication;
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        switch (q.method()) {
            case INVITE -> onInvite(q, from);
            case ACK -> onAck(q);
            case BYE -> onBye(q, from);
            case UPDATE -> answerRefresh(q, from, byCallId.containsKey(q.headers().callId()));
            // the Resource Manager asks whether this IPCS is alive
            case OPTIONS -> send(from, Sip.respond(q, SipStatus.OK, newTag(), null, null));
            default -> refuse(q, from);
        }
    }

    private void onInvite(SipRequest invite, Address from) {
        Session bridge = byCallId.get(invite.headers().callId());
        if (bridge != null && isOutbound(bridge, invite.headers().callId()) && gvp75 && bridge.bridged
                && invite.body() instanceof SessionDescription sdp && sdp.hold()) {
            releaseOnHold(bridge, invite, from);
            return;
        }
        if (bridge != null && !isOutbound(bridge, invite.headers().callId())) {
            reInvited(bridge, invite, from);
            return;
        }
        if (bridge != null && isOutbound(bridge, invite.headers().callId())) {
            // SIP Server moves the bridge call from the treatment to the agent
            send(from, bridge.outbound.respond(invite, SipStatus.OK,
                    new SessionDescription(address().host(), 40000, bridge.script)));
            bridgeMedia(bridge, invite.body());
            return;
        }
        if (invite.headers().to().tagged()) {
            // a re-INVITE in a dialog this IPCS no longer has (it restarted, or gave up on it): RFC 3261 §12.2.2
            send(from, Sip.respond(invite, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        if (!(ivrClient instanceof IvrClient.Behind) && !applications.contains(invite.headers().to().uri().user())) {
            // GVP In-Front takes the To user as the DNIS: with override-to-on-divert true it is the port's DN,
            // for which GVP has no application (Table 2: the Routing Point must exist on GVP as a DID)
            unknownApplication++;
            send(from, Sip.respond(invite, SipStatus.NOT_FOUND, newTag(), null, null));
            return;
        }
        if (!ports.tryAcquire()) {
            rejected++;
            send(from, Sip.respond(invite, SipStatus.BUSY_HERE, newTag(), null, null));
            return;
        }
        Dialog d = Dialog.callee(invite, from, newTag(), contact);
        CallerScript script = (CallerScript) ((SessionDescription) invite.body()).script();
        // Behind: the port is the Voice Treatment Port DN SIP Server addressed; In-Front: a free IVR port
        String port = freeIvrPorts.isEmpty() ? invite.requestUri().user() : freeIvrPorts.pollFirst();
        Session s = new Session(d, port, script);
        byCallId.put(d.callId(), s);
        if (portDns.contains(s.port)) {
            byPort.put(s.port, s);
        }
        send(from, d.respond(invite, SipStatus.TRYING, null));
        if (ivrClient instanceof IvrClient.InFront f) {
            // the IVR Server client reports the call as it arrives on the port, so IVR Server can match it at once
            send(f.ivrServer(), new IvrMessage(Ivr.NEW_CALL, KvList.of(Ivr.PORT, s.port, Ivr.ANI,
                    invite.headers().from().uri().user(), Ivr.CALLED_NUMBER, invite.requestUri().user()),
                    invite.call()));
        }
        s.answer = new SessionDescription(address().host(), 40000 + 2 * ports.busy(), null);
        s.invite = invite;
        s.from = from;
        if (ivrClient instanceof IvrClient.Behind b) {
            // guide ch.1, Behind step 9a: while the call is being established GVP Behind asks IVR Server for its
            // DNIS; IVR Server knows the call once SIP Server reports EventRinging on the port (Table 2)
            send(b.ivrServer(), new IvrMessage(Ivr.CALL_INFO_REQUEST, KvList.of(Ivr.PORT, s.port), invite.call()));
        }
        // the port rings after the answer delay, and answers once the application can start: at once when it
        // knows the DNIS (In-Front: the To user), else when IVR Server gives it (step 9b). With
        // event-ringing-on-100trying false, IVR Server learns of the call only from this 180: the 200 then
        // waits for that round trip
        engine.schedule(answerDelay.sample(answerStream), () -> {
            if (byCallId.get(d.callId()) != s) {
                return;
            }
            s.answerDue = true;
            send(from, d.respond(invite, SipStatus.RINGING, null));
            answerIfReady(s);
        });
    }

    /** 200 OK once the answer delay has passed and, in GVP Behind, IVR Server has given the DNIS. */
    private void answerIfReady(Session s) {
        boolean dnisKnown = !(ivrClient instanceof IvrClient.Behind) || s.dnis != null;
        if (s.answerDue && dnisKnown && !s.answered) {
            s.answered = true;
            send(s.from, s.dialog.respond(s.invite, SipStatus.OK, s.answer));
        }
    }

    /**
     * The port answered, but SIP Server died before its ACK came (guide ch.1 "High Availability"): the port
     * ends the session with a BYE (RFC 3261 §13.3.1.4) and is free once that is answered or times out.
     */
    @Override
    protected void unacknowledged(SipResponse ok) {
        Session s = byCallId.get(ok.callId());
        if (s != null && !s.applicationStarted && !isOutbound(s, ok.callId())) {
            send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null));
        }
    }

    /** The caller is connected: find the application by the DNIS, then run it. */
    private void onAck(SipRequest ack) {
        Session s = byCallId.get(ack.headers().callId());
        if (s == null || s.applicationStarted || isOutbound(s, ack.headers().callId())) {
            return;
        }
        s.applicationStarted = true;
        SipRequest invite = s.dialog.inviteRequest();
        if (ivrClient instanceof IvrClient.Behind) {
            // guide ch.1, Behind step 9b: the DNIS IVR Server gave while the call was established
            startApplication(s, s.dnis);
            return;
        }
        // GVP In-Front: the DNIS is the To user (Table 2: override-to-on-divert false keeps the Routing Point)
        startApplication(s, invite.headers().to().uri().user());
    }

    /** guide ch.1, Behind step 9b: start the VoiceXML application of the DNIS, if GVP has one. */
    private void startApplication(Session s, String dnis) {
        if (!applications.contains(dnis)) {
            unknownApplication++;
            send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null));
            return;
        }
        Set<String> required = requiredByDnis.getOrDefault(dnis, Set.of());
        if (!capabilities.containsAll(required)) {
            // the application needs a feature this IPCS lacks (guide ch.1, note on Behind steps 3 to 6): it fails
            capabilityFailures.merge(dnis, 1L, Long::sum);
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(capabilities);
            send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null)
                    .withReason(Sip.resourceUnavailable(String.join(",", missing))));
            return;
        }
        s.selfService = true;
        selfServicePorts.tryAcquire();
        engine.schedule(s.script.selfServiceSeconds(), () -> endSelfService(s));
    }

    /** The VoiceXML application ends: hand an agent-seeking caller on, hang up anyone else. */
    private void endSelfService(Session s) {
        if (byCallId.get(s.dialog.callId()) != s) {
            return;
        }
        s.selfService = false;
        selfServicePorts.release();
        Dialog d = s.dialog;
        AgentHandoff h = s.script.wantsAgent() ? handoff : new AgentHandoff.None();
        if (h instanceof AgentHandoff.Refer r) {
            // guide ch.1, queuing on SIP Server step 1: transfer to the agent Routing Point
            send(d.peer(), d.refer(newBranch(), r.routingPointUri()));
        } else if (h instanceof AgentHandoff.IvrServerTransfer t) {
            send(t.ivrServer(), new IvrMessage(Ivr.TRANSFER_REQUEST, KvList.of(Ivr.PORT, s.port, Ivr.DESTINATION,
                    t.routingPoint()), d.call()));
        } else if (h instanceof AgentHandoff.Bridged b) {
            callOut(s, b);
        } else if (h instanceof AgentHandoff.QueueOnGvp q) {
            // guide ch.1, queuing on GVP step 1: the routing block asks for a route on the VRP
            s.queued = true;
            queuePorts.tryAcquire();
            send(q.ivrServer(), new IvrMessage(Ivr.ROUTE_REQUEST, KvList.of(Ivr.PORT, s.port, Ivr.ROUTING_POINT,
                    q.virtualRoutingPoint()), d.call()));
        } else {
            send(d.peer(), d.request(SipMethod.BYE, newBranch(), null));
        }
    }

    /**
     * Bridged transfer: a second call from this port to the agent Routing Point; the caller stays
     * connected to the port, which relays the treatment and then the agent.
     */
    private void callOut(Session s, AgentHandoff.Bridged b) {
        s.queued = true;
        queuePorts.tryAcquire();
        SipUri local = uri(s.port);
        // the To header keeps the caller's DNIS, so the strategy on the Routing Point knows the service
        String dnis = s.dialog.inviteRequest().headers().to().uri().user();
        Dialog out = Dialog.caller(s.dialog.call(), newCallId(),
                b.sipServer(), NameAddr.of(local).withTag(newTag()), NameAddr.of(new SipUri(dnis, b.sipServer())),
                b.routingPointUri(), local);
        s.outbound = out;
        byCallId.put(out.callId(), s);
        send(b.sipServer(), out.invite(newBranch(), new SessionDescription(address().host(), 40000, s.script)));
    }

    /** The far end of the bridge now sends this media: once it is an agent, the caller hears the agent. */
    private void bridgeMedia(Session s, SipBody body) {
        if (!s.bridged && body instanceof SessionDescription sdp && sdp.script() instanceof AgentVoice agent) {
            s.bridged = true;
            if (s.queued) {
                s.queued = false;
                queuePorts.release();
            }
            bridgedPorts.tryAcquire();
            send(callerMedia(s), new MediaEvent(agent, s.dialog.call()));
        }
    }

    /** The IPCS bridges media itself; a stream that stops on its far side ends with that side's dialog. */
    @Override
    protected void onMedia(MediaEvent event, Address from) {
    }

    /** Where the caller of a session hears this port: the media address of its INVITE's SDP. */
    private static Address callerMedia(Session s) {
        return ((SessionDescription) s.dialog.inviteRequest().body()).mediaAddress();
    }

    @Override
    protected void mediaStops() {
        // a session is known by each of its dialogs' Call-IDs: once each, in the map's (reproducible) order
        for (Session s : new LinkedHashSet<>(byCallId.values())) {
            send(callerMedia(s), new MediaEvent(new StreamStopped(), s.dialog.call()));
        }
    }

    /** The host died: every session and port is gone; the IPCS restarts with all its ports free. */
    @Override
    protected void forget() {
        for (Session s : new LinkedHashSet<>(byCallId.values())) {
            end(s);
        }
        byCallId.clear();
    }

    /**
     * guide ch.1 "Limitations for GVP 7.5 Only": GVP 7.5 releases a call when an agent places it on hold.
     * In a bridged conversation the hold reaches GVP as a re-INVITE on its call to the agent: GVP refuses
     * it and hangs up both sides, telling the caller's side why.
     */
    private void releaseOnHold(Session s, SipRequest reInvite, Address from) {
        releasedOnHold++;
        send(from, s.outbound.respond(reInvite, SipStatus.NOT_ACCEPTABLE_HERE, null));
        send(s.outbound.peer(), s.outbound.request(SipMethod.BYE, newBranch(), null));
        byCallId.remove(s.outbound.callId());
        s.outbound = null;
        send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null)
                .withReason(Sip.releasedByGvp("agent hold")));
    }

    /**
     * A re-INVITE on a call GVP answered: SIP Server moving it into a Stream Manager conference, after an
     * agent asked to bring GVP back. GVP 7.5 does not support it (guide ch.1 "Limitations for GVP 7.5 Only").
     */
    private void reInvited(Session s, SipRequest reInvite, Address from) {
        if (gvp75) {
            refusedReInvites++;
            send(from, s.dialog.respond(reInvite, SipStatus.NOT_ACCEPTABLE_HERE, null));
        } else {
            send(from, s.dialog.respond(reInvite, SipStatus.OK, new SessionDescription(address().host(), 40000,
                    s.script)));
        }
    }

    /** Re-INVITEs GVP 7.5 refused. */
    public long refusedReInvites() {
        return refusedReInvites;
    }

    /** Calls released because an agent put the bridged call on hold (GVP 7.5). */
    public long releasedOnHold() {
        return releasedOnHold;
    }

    private boolean isOutbound(Session s, long callId) {
        return s.outbound != null && s.outbound.callId() == callId;
    }

    @Override
    protected void onIvr(IvrMessage m, Address from) {
        Session s = byPort.get(m.fields().get(Ivr.PORT));
        if (s == null) {
            return;
        }
        switch (m.name()) {
            case Ivr.CALL_INFO -> {
                s.dnis = m.fields().get(Ivr.DNIS);
                answerIfReady(s);
            }
            // guide ch.1, queuing on GVP step 3: the port plays the strategy's treatment while the caller waits
            case Ivr.TREATMENT -> { }
            case Ivr.ROUTE_FAILED -> send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null));
            // guide ch.3, "Creating the voice self-service application" step 4: Transfer Option SIPRefer
            case Ivr.ROUTE_RESPONSE -> send(s.dialog.peer(), s.dialog.refer(newBranch(),
                    new SipUri(m.fields().get(Ivr.DESTINATION), s.dialog.peer())));
            default -> throw new IllegalStateException(name() + " does not handle " + m.name() + " from " + from);
        }
    }

    /** The 200 to the IPCS's BYE ends the session. A refused transfer or bridge call ends it too. */
    @Override
    protected void onResponse(SipResponse r, Address from) {
        Session s = byCallId.get(r.callId());
        if (s == null) {
            return;
        }
        if (isOutbound(s, r.callId())) {
            onOutboundResponse(s, r);
        } else if (r.cseqMethod() == SipMethod.BYE) {
            if (r.status() == SipStatus.REQUEST_TIMEOUT) {
                // nobody took the BYE (SIP Server unreachable): the caller is left with a dead line
                send(callerMedia(s), new MediaEvent(new StreamStopped(), s.dialog.call()));
            }
            end(s);
        } else if (r.cseqMethod() == SipMethod.REFER && r.status() >= 300) {
            // the transfer to the agent was refused: the caller cannot be helped, and is told why
            send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null)
                    .withReason(Sip.transferRefused(r.status())));
        }
    }

    private void onOutboundResponse(Session s, SipResponse r) {
        if (r.cseqMethod() != SipMethod.INVITE || r.provisional()) {
            return;
        }
        if (r.status() < 300) {
            s.outbound.confirm(r);
            send(s.outbound.peer(), s.outbound.ack(newBranch()));
            bridgeMedia(s, r.body());
        } else {
            // the bridge call was refused: the caller cannot reach an agent
            send(s.outbound.peer(), Sip.ackFailure(s.outbound.inviteRequest(), r));
            byCallId.remove(s.outbound.callId());
            s.outbound = null;
            send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null));
        }
    }

    /**
     * SIP Server ends the session (after a transfer, or because the caller hung up), or ends the
     * bridge call (the agent hung up): a bridge takes the other side down with it.
     */
    private void onBye(SipRequest bye, Address from) {
        Session s = byCallId.get(bye.headers().callId());
        if (s == null) {
            send(from, Sip.respond(bye, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        if (isOutbound(s, bye.headers().callId())) {
            send(from, s.outbound.respond(bye, SipStatus.OK, null));
            byCallId.remove(s.outbound.callId());
            s.outbound = null;
            send(s.dialog.peer(), s.dialog.request(SipMethod.BYE, newBranch(), null));
            return;
        }
        send(from, s.dialog.respond(bye, SipStatus.OK, null));
        if (s.outbound != null) {
            send(s.outbound.peer(), s.outbound.request(SipMethod.BYE, newBranch(), null));
            byCallId.remove(s.outbound.callId());
            s.outbound = null;
        }
        end(s);
    }

    /** The port is free. */
    private void end(Session s) {
        byCallId.remove(s.dialog.callId());
        byPort.remove(s.port, s);
        if (ivrClient instanceof IvrClient.InFront f) {
            send(f.ivrServer(), new IvrMessage(Ivr.CALL_RELEASED, KvList.of(Ivr.PORT, s.port), s.dialog.call()));
            freeIvrPorts.add(s.port);
        }
        if (s.selfService) {
            s.selfService = false;
            selfServicePorts.release();
        }
        if (s.queued) {
            s.queued = false;
            queuePorts.release();
        }
        if (s.bridged) {
            s.bridged = false;
            bridgedPorts.release();
        }
        ports.release();
    }
}
