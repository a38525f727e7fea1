package ccsim.model.caller;

import ccsim.core.engine.Engine;
import ccsim.core.experiment.Progress;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.NameAddr;
import ccsim.core.message.SessionDescription;
import ccsim.core.message.Message;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.core.network.Node;
import ccsim.core.random.ArrivalRate;
import ccsim.core.random.Distribution;
import ccsim.core.stats.IntervalGrid;
import ccsim.model.CallOutcome;
import ccsim.model.CallPhase;
import ccsim.model.OutcomeReason;
import ccsim.model.agents.AgentVoice;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.RedialConfig;
import ccsim.model.media.StreamStopped;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipEntity;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * The media gateway: where callers enter. It places each caller's INVITE to SIP Server (guide ch.1,
 * step 1), follows the call as SIP Server re-INVITEs it to a treatment or an agent, hangs up for a
 * caller whose patience runs out, and records how each call ended, as the caller experienced it.
 */
public final class MediaGateway extends SipEntity {
    /**
     * The callers of one call type and the streams they draw from. Every caller draws all of its
     * variates at arrival, used or not, so two variants of a scenario give the same caller the same
     * behaviour (common random numbers).
     */
    public record CallerSource(CallTypeConfig type, ArrivalRate rate, Distribution talkTime, RandomStream arrivals,
                               RandomStream selfService, RandomStream agentChoice, RandomStream patience,
                               RandomStream talk, RandomStream redial) {
    }

    private final Address sipServer;
    private final List<CallerSource> sources;
    private final String aniPrefix;
    private final double warmUp;
    private final double horizon;
    private final Progress progress;
    private final CallLedger ledger;
    private final LossLedger losses = new LossLedger();
    private final double silenceTimeout;
    private final double noAnswerTimeout;
    /** Whether a caller's patience runs while its call rings unanswered (routing.waitForPort > 0). */
    private final boolean patientWhileRinging;
    /** The INVITEs of callers who gave up ringing, by Call-ID: their 487 is ACKed (RFC 3261 §17.1.1.3). */
    private final Long2ObjectMap<SipRequest> cancelled = new Long2ObjectOpenHashMap<>();
    private final Long2ObjectMap<Caller> byCallId = new Long2ObjectOpenHashMap<>();
    private final Long2ObjectMap<Caller> byCall = new Long2ObjectOpenHashMap<>();
    private final RtpReceiver rtp;
    private long calls;

    private static final class Caller {
        Dialog dialog;
        boolean referred;
        final CallerScript script;
        final double invitedAt;
        final boolean observed;
        final int interval;
        final boolean redial;
        double waitFrom = Double.NaN;
        /** When the gateway's INVITE was answered: the trunk minutes a carrier bills run from here. */
        double answeredAt = Double.NaN;
        boolean withAgent;
        double agentFrom;
        Engine.Timer patience;
        /** RFC 3261 Timer B on the caller's INVITE: no response at all and the caller gives up. */
        Engine.Timer timerB;
        /** A provisional response came but no final one: the caller hangs up when it runs out. */
        Engine.Timer noAnswer;
        /** The caller's patience while its call rings unanswered, waiting for a port on a Routing Point. */
        Engine.Timer ringing;
        /** The caller listens to a dead line since {@code silentFrom}: hangs up when it runs out. */
        Engine.Timer silence;
        double silentFrom = Double.NaN;
        /** Where the caller's media comes from: the host in the SDP of the far end it is connected to. */
        String mediaHost;

        Caller(Dialog dialog, CallerScript script, double invitedAt, boolean observed, int interval, boolean redial) {
            this.dialog = dialog;
            this.script = script;
            this.invitedAt = invitedAt;
            this.observed = observed;
            this.interval = interval;
            this.redial = redial;
        }
    }

    public MediaGateway(Engine engine, Address address, Address sipServer, List<CallerSource> sources,
                        String aniPrefix, double warmUp, double horizon, IntervalGrid intervals,
                        ServiceLevelRule serviceLevel, double silenceTimeout, double noAnswerTimeout,
                        boolean patientWhileRinging, Progress progress) {
        super(engine, address, "Media Gateway");
        this.sipServer = sipServer;
        this.sources = List.copyOf(sources);
        this.aniPrefix = aniPrefix;
        this.warmUp = warmUp;
        this.horizon = horizon;
        this.progress = progress;
        this.silenceTimeout = silenceTimeout;
        this.noAnswerTimeout = noAnswerTimeout;
        this.patientWhileRinging = patientWhileRinging;
        this.ledger = new CallLedger(intervals, sources.size(), serviceLevel);
        this.rtp = new RtpReceiver(new Address(address.host(), RTP_PORT));
    }

    /** The port the gateway receives every call's media on. */
    public static final int RTP_PORT = 20000;

    /** Where callers hear their calls: media arrives here, apart from the gateway's SIP port. */
    public Node rtpReceiver() {
        return rtp;
    }

    private final class RtpReceiver extends Node {
        private final Address address;

        RtpReceiver(Address address) {
            this.address = address;
        }

        @Override
        public Address address() {
            return address;
        }

        @Override
        public String name() {
            return "Media Gateway RTP";
        }

        @Override
        public void receive(Address from, Message message) {
            if (!(message instanceof MediaEvent e)) {
                throw new IllegalStateException("the gateway's RTP port received " + message.label());
            }
            Caller c = byCall.get(e.call());
            if (c != null && e.now() instanceof AgentVoice) {
                agentConnected(c);
            } else if (c != null && e.now() instanceof StreamStopped && c.silence == null
                    && from.host().equals(c.mediaHost)) {
                c.silentFrom = engine.now();
                c.silence = engine.schedule(silenceTimeout, () -> hangUpOnSilence(c));
            }
        }
    }

    /** Schedules the first arrival of every call type. */
    public void start() {
        for (int ct = 0; ct < sources.size(); ct++) {
            scheduleNextArrival(ct);
        }
    }

    public CallLedger ledger() {
        return ledger;
    }

    /** Failed calls by phase and time, and recoveries after outages. */
    public LossLedger losses() {
        return losses;
    }

    /** Calls still in progress. */
    public int callsInProgress() {
        return byCallId.size();
    }

    private void scheduleNextArrival(int ct) {
        CallerSource s = sources.get(ct);
        double next = s.rate().next(engine.now(), -Math.log1p(-s.arrivals().nextDouble()));
        if (next < horizon) {
            engine.schedule(next - engine.now(), () -> arrive(ct));
        }
    }

    private CallerScript draw(int ct) {
        CallerSource s = sources.get(ct);
        CallTypeConfig type = s.type();
        double selfService = type.selfService().sample(s.selfService());
        boolean wantsAgent = s.agentChoice().nextDouble() < type.agentShare();
        double u = s.patience().nextDouble();
        double patience = type.patience() == null ? Double.POSITIVE_INFINITY : type.patience().quantile(u);
        double v = s.talk().nextDouble();
        double talk = s.talkTime() == null ? 0 : s.talkTime().quantile(v);
        return new CallerScript(ct, selfService, wantsAgent && s.talkTime() != null, patience, talk);
    }

    private void arrive(int ct) {
        progress.report(engine.now() / horizon);
        scheduleNextArrival(ct);
        place(ct, draw(ct), false);
    }

    /** Places a call: a new caller's, or a caller's redial with the same behaviour as before. */
    private void place(int ct, CallerScript script, boolean redial) {
        CallTypeConfig type = sources.get(ct).type();
        long call = ++calls;
        boolean observed = engine.now() >= warmUp;
        int interval = ledger.grid().index(engine.now());
        ledger.attempt(observed, interval, redial, ct);
        String ani = aniPrefix + call;
        Dialog d = Dialog.caller(call, newCallId(), sipServer,
                NameAddr.of(SipUri.atHost(ani, address())).withTag(newTag()),
                NameAddr.of(SipUri.atHost(type.dialedNumber(), sipServer)),
                new SipUri(type.dialedNumber(), sipServer), uri(ani));
        Caller caller = new Caller(d, script, engine.now(), observed, interval, redial);
        byCallId.put(d.callId(), caller);
        byCall.put(call, caller);
        if (script.wantsAgent() && !redial) {
            ledger.wantedAgent(observed);
        }
        // guide ch.1 step 1: the call is delivered from the gateway to SIP Server
        send(sipServer, d.invite(newBranch(),
                new SessionDescription(address().host(), RTP_PORT, script)));
        caller.timerB = engine.schedule(timerB(), () -> giveUp(caller));
    }

    /**
     * Timer B (not even a 100 Trying came back: SIP Server is unreachable), or the no-answer timeout
     * (a provisional response came, then nothing: the final one was lost with a dead host): the caller
     * gives up on the call, which failed in setup, and CANCELs it if it proceeded. A late answer is ACKed
     * and hung up at once.
     */
    private void giveUp(Caller c) {
        c.timerB = null;
        boolean proceeded = c.noAnswer != null;
        if (proceeded) {
            // the call proceeded: SIP Server holds it and is told the caller is gone (RFC 3261 §9.1)
            c.noAnswer = null;
            cancel(c);
        }
        forget(c);
        if (c.patience != null) {
            c.patience.cancel();
        }
        end(c, proceeded ? OutcomeReason.NO_ANSWER : OutcomeReason.NO_RESPONSE);
    }

    @Override
    protected void onResponse(SipResponse r, Address from) {
        Caller c = byCallId.get(r.callId());
        if (c == null && r.cseqMethod() == SipMethod.INVITE && r.status() >= 300) {
            SipRequest invite = cancelled.remove(r.callId());
            if (invite != null) {
                send(from, Sip.ackFailure(invite, r));
            }
            return;
        }
        if (c == null && r.cseqMethod() == SipMethod.INVITE && !r.provisional() && r.status() < 300) {
            // answered after the caller gave up on it (Timer B): ACK the 2xx and hang up
            send(from, Sip.inDialogOf(r, SipMethod.ACK, r.cseq(), newBranch()));
            send(from, Sip.inDialogOf(r, SipMethod.BYE, r.cseq() + 1, newBranch()));
            return;
        }
        if (c == null || r.cseqMethod() != SipMethod.INVITE) {
            return;
        }
        c.timerB = cancelled(c.timerB);
        if (r.provisional()) {
            // RFC 3261 §17.1.1.2: Timer B no longer applies once the call proceeds; the caller's own
            // no-answer timeout takes its place (a referred caller is in queue: its patience governs); a
            // provisional response overtaken by the final one on the network changes nothing
            if (c.noAnswer == null && !c.referred && Double.isNaN(c.waitFrom)) {
                c.noAnswer = engine.schedule(noAnswerTimeout, () -> giveUp(c));
                if (patientWhileRinging && Double.isFinite(c.script.patienceSeconds())) {
                    c.ringing = engine.schedule(c.script.patienceSeconds(), () -> hangUpRinging(c));
                }
            }
            return;
        }
        c.noAnswer = cancelled(c.noAnswer);
        c.ringing = cancelled(c.ringing);
        if (r.status() < 300 && r.body() instanceof SessionDescription sdp) {
            c.mediaHost = sdp.connectionAddress();
        }
        if (c.referred && r.status() < 300) {
            // the call placed on SIP Server's REFER is answered: by a treatment, or by an agent already
            c.dialog.confirm(r);
            send(sipServer, c.dialog.ack(newBranch()));
            if (r.body() instanceof SessionDescription sdp && sdp.script() instanceof AgentVoice) {
                agentConnected(c);
            }
            return;
        }
        if (r.status() < 300) {
            c.dialog.confirm(r);
            ledger.answered(engine.now() - c.invitedAt, c.observed, c.interval);
            c.answeredAt = engine.now();
            losses.answered(c.invitedAt, engine.now());
            ledger.selfServiceStarted(c.script.selfServiceSeconds());
            send(sipServer, c.dialog.ack(newBranch()));
            c.waitFrom = engine.now() + c.script.selfServiceSeconds();
            if (c.script.wantsAgent() && Double.isFinite(c.script.patienceSeconds())) {
                c.patience = engine.schedule(c.script.selfServiceSeconds() + c.script.patienceSeconds(),
                        () -> abandon(c));
            }
        } else {
            send(sipServer, Sip.ackFailure(c.dialog.inviteRequest(), r));
            forget(c);
            OutcomeReason reason = OutcomeReason.ofStatus(r.status());
            if (reason.outcome() == CallOutcome.BLOCKED) {
                ledger.refusedAtEntry(c.observed);
            }
            end(c, reason);
        }
    }

    /**
     * The caller's patience ran out while its call rang unanswered, waiting on a Routing Point for a port
     * (routing.waitForPort): it hangs up, which the gateway tells SIP Server with a CANCEL.
     */
    private void hangUpRinging(Caller c) {
        c.ringing = null;
        cancel(c);
        forget(c);
        end(c, OutcomeReason.RINGING);
    }

    /** CANCELs the caller's INVITE, whose 487 is then ACKed. */
    private void cancel(Caller c) {
        SipRequest invite = c.dialog.inviteRequest();
        cancelled.put(c.dialog.callId(), invite);
        send(sipServer, Sip.cancel(invite));
    }

    /** Cancels {@code timer} if it is running; null, for the field that held it. */
    private static Engine.Timer cancelled(Engine.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
        return null;
    }

    private void forget(Caller c) {
        byCallId.remove(c.dialog.callId());
        byCall.remove(c.dialog.call());
        c.ringing = cancelled(c.ringing);
        c.timerB = cancelled(c.timerB);
        c.noAnswer = cancelled(c.noAnswer);
        c.silence = cancelled(c.silence);
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        Caller c = byCallId.get(q.headers().callId());
        if (c == null) {
            send(from, Sip.respond(q, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        switch (q.method()) {
            case INVITE -> onReInvite(c, q, from);
            case ACK -> { }
            case BYE -> onBye(c, q, from);
            case REFER -> onRefer(c, q, from);
            // a session refresh (RFC 4028): the call is still up here
            case UPDATE -> answerRefresh(q, from, true);
            default -> refuse(q, from);
        }
    }

    /**
     * SIP Server asks the caller's side to call the Refer-To target itself (refer-enabled on the
     * gateway's Trunk DN): the gateway places the new call, keeping the caller's DNIS in To, and hangs
     * up the old one. The caller, its patience and its outcome carry over.
     */
    private void onRefer(Caller c, SipRequest refer, Address from) {
        send(from, c.dialog.respond(refer, SipStatus.ACCEPTED, null));
        Dialog old = c.dialog;
        SipUri target = refer.headers().referTo();
        Dialog d = Dialog.caller(old.call(), newCallId(), sipServer,
                NameAddr.of(old.inviteRequest().headers().from().uri()).withTag(newTag()),
                NameAddr.of(old.inviteRequest().headers().to().uri()), target, uri("caller"));
        c.dialog = d;
        c.referred = true;
        byCallId.remove(old.callId());
        byCallId.put(d.callId(), c);
        send(sipServer, d.invite(newBranch(), old.inviteRequest().body()));
        c.timerB = engine.schedule(timerB(), () -> giveUp(c));
        send(sipServer, old.request(SipMethod.BYE, newBranch(), null));
    }

    /** SIP Server moves the caller's media to a treatment or to an agent. */
    private void onReInvite(Caller c, SipRequest reInvite, Address from) {
        send(from, c.dialog.respond(reInvite, SipStatus.OK,
                new SessionDescription(address().host(), RTP_PORT, c.script)));
        if (reInvite.body() instanceof SessionDescription sdp) {
            // the media now comes from elsewhere: any silence of the old source is over
            c.mediaHost = sdp.connectionAddress();
            c.silence = cancelled(c.silence);
            if (sdp.script() instanceof AgentVoice) {
                agentConnected(c);
            }
        }
    }

    /** The caller hears an agent: the wait is over. */
    private void agentConnected(Caller c) {
        if (c.withAgent) {
            return;
        }
        c.withAgent = true;
        c.agentFrom = engine.now();
        c.patience = cancelled(c.patience);
        ledger.agentAnswered(engine.now() - c.waitFrom, c.script.talkSeconds(), c.observed, c.interval);
    }

    private void onBye(Caller c, SipRequest bye, Address from) {
        send(from, c.dialog.respond(bye, SipStatus.OK, null));
        forget(c);
        if (c.patience != null) {
            c.patience.cancel();
        }
        OutcomeReason reason;
        if (bye.headers().reason() != null) {
            // ended by the deployment for a cause (RFC 3326): GVP 7.5's release, an application GVP could not
            // run, a transfer refused
            reason = Sip.reasonOf(bye.headers().reason());
        } else if (c.withAgent) {
            reason = OutcomeReason.CONVERSATION;
        } else if (!c.script.wantsAgent()) {
            // the IPCS hung up after self-service: the call was served by the IVR alone
            reason = OutcomeReason.SELF_SERVICE;
        } else {
            // released by the deployment before any agent: no port for the call to wait on
            reason = OutcomeReason.NO_TREATMENT;
        }
        end(c, reason);
    }

    /**
     * The line went dead and stayed so (the far end's host died, or it gave up on a dialog SIP Server did
     * not answer for): the caller hangs up. A caller whose conversation or self-service had run its
     * course before the line went dead was served; anyone else lost the call.
     */
    private void hangUpOnSilence(Caller c) {
        c.silence = null;
        forget(c);
        if (c.patience != null) {
            c.patience.cancel();
        }
        send(sipServer, c.dialog.request(SipMethod.BYE, newBranch(), null));
        if (c.withAgent && c.silentFrom - c.agentFrom >= c.script.talkSeconds()) {
            end(c, OutcomeReason.CONVERSATION);
        } else if (!c.script.wantsAgent() && c.silentFrom >= c.waitFrom) {
            end(c, OutcomeReason.SELF_SERVICE);
        } else {
            end(c, OutcomeReason.DEAD_LINE);
        }
    }

    /**
     * Where the caller was when the call was lost (when the line went dead, if it did): not answered, in
     * self-service, waiting for an agent, or talking to one.
     */
    private CallPhase phase(Caller c) {
        if (Double.isNaN(c.waitFrom)) {
            return CallPhase.SETUP;
        }
        if (c.withAgent) {
            return CallPhase.TALKING;
        }
        double lostAt = Double.isNaN(c.silentFrom) ? engine.now() : c.silentFrom;
        return c.script.wantsAgent() && lostAt >= c.waitFrom ? CallPhase.QUEUED : CallPhase.SELF_SERVICE;
    }

    /** The caller's patience ran out before an agent answered: hang up. */
    private void abandon(Caller c) {
        c.patience = null;
        forget(c);
        send(sipServer, c.dialog.request(SipMethod.BYE, newBranch(), null));
        ledger.abandoned(engine.now() - c.waitFrom, c.observed, c.interval);
        end(c, OutcomeReason.IN_QUEUE);
    }

    /**
     * Records how the call ended; a blocked or abandoned caller may call again (its redial draw is
     * made whether or not the call type redials, so variants stay on common random numbers).
     */
    private void end(Caller c, OutcomeReason reason) {
        CallOutcome outcome = reason.outcome();
        ledger.ended(reason, c.observed, c.interval, c.script.callType());
        if (!Double.isNaN(c.answeredAt)) {
            ledger.connected(engine.now() - c.answeredAt, c.observed);
        }
        if (outcome == CallOutcome.FAILED) {
            losses.failed(phase(c), c.observed, engine.now());
        }
        if (outcome != CallOutcome.BLOCKED && outcome != CallOutcome.ABANDONED) {
            return;
        }
        CallerSource s = sources.get(c.script.callType());
        double u = s.redial().nextDouble();
        double v = s.redial().nextDouble();
        RedialConfig redial = s.type().redial();
        if (redial != null && u < redial.probability()) {
            double delay = redial.delay().quantile(v);
            if (engine.now() + delay < horizon) {
                engine.schedule(delay, () -> place(c.script.callType(), c.script, true));
            }
        }
    }
}
