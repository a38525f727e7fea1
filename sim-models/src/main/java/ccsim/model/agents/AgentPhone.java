package ccsim.model.agents;

import ccsim.core.engine.Engine;
import ccsim.core.message.KvList;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.SessionDescription;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.core.random.Distribution;
import ccsim.core.resource.CountedPool;
import ccsim.model.caller.CallerScript;
import ccsim.model.media.StreamStopped;
import ccsim.model.config.HoldConfig;
import ccsim.model.config.GvpConferenceConfig;
import ccsim.model.config.OnwardTransferConfig;
import ccsim.model.cti.Cti;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipEntity;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * One agent: a SIP phone on an Extension DN and the agent desktop's T-Library requests. Logged in
 * for its duty periods; ready, then busy from the moment a call rings until its after-call work
 * ends; the conversation lasts as long as the caller's script says.
 */
public final class AgentPhone extends SipEntity {
    private final String dn;
    private final Address sipServer;
    private final Distribution answerDelay;
    private final Distribution afterCallWork;
    private final RandomStream stream;
    private final CountedPool groupBusy;
    private final CountedPool staffed;
    private final List<double[]> duty;
    private boolean onDuty;
    private Dialog call;
    private boolean answered;
    private boolean wrappingUp;
    private Engine.Timer talk;
    private final HoldConfig hold;
    private final OnwardTransferConfig transferOnward;
    private final GvpConferenceConfig conferenceGvp;
    private long conferences;
    private final String onwardTarget;
    private long transfers;
    private long conversations;
    /** The hold and resume of the current call, while they are to come. */
    private final List<Engine.Timer> holdTimers = new ArrayList<>();
    private long holds;

    /**
     * @param duty    the periods the agent is on duty, in seconds from the start
     * @param staffed the group's count of agents logged in
     * @param hold           how often and how long the agent puts a call on hold; null: never
     * @param transferOnward how often the agent transfers a call onward, to {@code onwardTarget}; null: never
     * @param conferenceGvp  how often and for how long the agent brings GVP back into a call; null: never
     */
    public AgentPhone(Engine engine, Address address, String dn, Address sipServer, Distribution answerDelay,
                      Distribution afterCallWork, RandomStream stream, CountedPool groupBusy, CountedPool staffed,
                      List<double[]> duty, HoldConfig hold, OnwardTransferConfig transferOnward,
                      String onwardTarget, GvpConferenceConfig conferenceGvp) {
        super(engine, address, "Agent " + dn);
        this.dn = dn;
        this.sipServer = sipServer;
        this.answerDelay = answerDelay;
        this.afterCallWork = afterCallWork;
        this.stream = stream;
        this.groupBusy = groupBusy;
        this.staffed = staffed;
        this.duty = List.copyOf(duty);
        this.hold = hold;
        this.transferOnward = transferOnward;
        this.onwardTarget = onwardTarget;
        this.conferenceGvp = conferenceGvp;
    }

    /** Times this agent asked to bring GVP back into a call. */
    public long conferences() {
        return conferences;
    }

    /** Calls this agent has answered (the conversation started). */
    public long answered() {
        return conversations;
    }

    /** Calls this agent has transferred onward. */
    public long transfers() {
        return transfers;
    }

    /** Calls this agent has put on hold. */
    public long holds() {
        return holds;
    }

    public String dn() {
        return dn;
    }

    /** Schedules the agent's log-ins and log-outs. */
    public void start() {
        for (double[] period : duty) {
            engine.schedule(period[0], this::logIn);
            if (Double.isFinite(period[1])) {
                engine.schedule(period[1], this::logOut);
            }
        }
    }

    private void logIn() {
        onDuty = true;
        staffed.tryAcquire();
        if (call == null) {
            send(sipServer, Cti.message(Cti.REQUEST_AGENT_READY, KvList.of(Cti.THIS_DN, dn)));
        }
    }

    /** The shift or a break begins: an agent in a call finishes it, and its wrap-up, first. */
    private void logOut() {
        onDuty = false;
        if (call == null) {
            leave();
        }
    }

    private void leave() {
        send(sipServer, Cti.message(Cti.REQUEST_AGENT_NOT_READY, KvList.of(Cti.THIS_DN, dn, Cti.WORK_MODE,
                Cti.WORK_MODE_LOGGED_OUT)));
        staffed.release();
    }

    /** True while a call rings, is talked or is wrapped up. */
    public boolean busy() {
        return call != null;
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        switch (q.method()) {
            case INVITE -> onInvite(q, from);
            case ACK -> onAck(q);
            case BYE -> onBye(q, from);
            case UPDATE -> answerRefresh(q, from, call != null && !wrappingUp
                    && q.headers().callId() == call.callId());
            default -> refuse(q, from);
        }
    }

    private void onInvite(SipRequest invite, Address from) {
        if (!onDuty || call != null || !groupBusy.tryAcquire()) {
            send(from, Sip.respond(invite, SipStatus.BUSY_HERE, newTag(), null, null));
            return;
        }
        Dialog d = Dialog.callee(invite, from, newTag(), uri(dn));
        call = d;
        send(from, d.respond(invite, SipStatus.RINGING, null));
        SessionDescription voice = new SessionDescription(address().host(), 16384, new AgentVoice(dn));
        engine.schedule(answerDelay.sample(stream), () -> {
            if (call == d) {
                answered = true;
                send(from, d.respond(invite, SipStatus.OK, voice));
            }
        });
    }

    /** The conversation starts at the ACK; over UDP it may come after a BYE that ended the call first. */
    private void onAck(SipRequest ack) {
        if (call == null || ack.headers().callId() != call.callId() || !answered) {
            return;
        }
        answered = false;
        Dialog d = call;
        CallerScript caller = (CallerScript) ((SessionDescription) d.inviteRequest().body()).script();
        conversations++;
        double held = 0;
        if (hold != null && stream.nextDouble() < hold.probability()) {
            // halfway through the conversation the agent holds the call (a re-INVITE with a=sendonly), then resumes
            held = hold.duration().sample(stream);
            double at = caller.talkSeconds() / 2;
            holdTimers.add(engine.schedule(at, () -> {
                holds++;
                reInvite(d, true);
            }));
            holdTimers.add(engine.schedule(at + held, () -> reInvite(d, false)));
        }
        if (conferenceGvp != null && stream.nextDouble() < conferenceGvp.probability()) {
            // a third into the conversation the agent has SIP Server bring GVP in (guide ch.1, GVP 7.5 limitations)
            double duration = conferenceGvp.duration().sample(stream);
            holdTimers.add(engine.schedule(caller.talkSeconds() / 3, () -> {
                conferences++;
                send(sipServer, Cti.message(Cti.REQUEST_CONFERENCE_GVP, KvList.of(Cti.THIS_DN, dn, Cti.DURATION,
                        String.valueOf(duration))));
            }));
        }
        boolean onward = transferOnward != null && stream.nextDouble() < transferOnward.probability();
        talk = engine.schedule(caller.talkSeconds() + held, () -> {
            talk = null;
            if (onward) {
                passOn(d);
            } else {
                send(d.peer(), d.request(SipMethod.BYE, newBranch(), null));
            }
        });
    }

    /**
     * The agent holds the caller, consults, then transfers the call to the agent Routing Point by REFER;
     * SIP Server performs it and releases this agent.
     */
    private void passOn(Dialog d) {
        transfers++;
        reInvite(d, true);
        holdTimers.add(engine.schedule(transferOnward.consultation().sample(stream), () -> send(d.peer(),
                d.refer(newBranch(), new SipUri(onwardTarget, sipServer)))));
    }

    private void reInvite(Dialog d, boolean onHold) {
        send(d.peer(), d.request(SipMethod.INVITE, newBranch(), new SessionDescription(address().host(), 16384,
                new AgentVoice(dn), onHold)));
    }

    /** The caller's side hung up first. */
    private void onBye(SipRequest bye, Address from) {
        if (call == null || bye.headers().callId() != call.callId()) {
            send(from, Sip.respond(bye, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        send(from, call.respond(bye, SipStatus.OK, null));
        answered = false;
        if (talk != null) {
            talk.cancel();
            talk = null;
        }
        holdTimers.forEach(Engine.Timer::cancel);
        holdTimers.clear();
        wrapUp();
    }

    @Override
    protected void onResponse(SipResponse r, Address from) {
        if (call == null || r.callId() != call.callId()) {
            return;
        }
        if (r.cseqMethod() == SipMethod.BYE) {
            if (r.status() == SipStatus.REQUEST_TIMEOUT
                    && call.inviteRequest().body() instanceof SessionDescription caller) {
                // nobody took the BYE (SIP Server unreachable): the caller is left with a dead line
                send(caller.mediaAddress(), new MediaEvent(new StreamStopped(), call.call()));
            }
            holdTimers.clear();
            wrapUp();
        } else if (r.cseqMethod() == SipMethod.INVITE && r.status() >= 200) {
            // a hold or resume re-INVITE answered; a refused one leaves the call as it was
            send(call.peer(), call.ack(newBranch(), r.cseq()));
        }
    }

    /** After-call work, once per call even if both sides hung up at the same moment. */
    private void wrapUp() {
        if (wrappingUp) {
            return;
        }
        wrappingUp = true;
        double acw = afterCallWork.sample(stream);
        if (acw > 0) {
            send(sipServer, Cti.message(Cti.REQUEST_AGENT_NOT_READY, KvList.of(Cti.THIS_DN, dn, Cti.WORK_MODE,
                    Cti.WORK_MODE_AFTER_CALL_WORK)));
            engine.schedule(acw, this::ready);
        } else {
            ready();
        }
    }

    private void ready() {
        call = null;
        wrappingUp = false;
        groupBusy.release();
        if (onDuty) {
            send(sipServer, Cti.message(Cti.REQUEST_AGENT_READY, KvList.of(Cti.THIS_DN, dn)));
        } else {
            leave();
        }
    }
}
