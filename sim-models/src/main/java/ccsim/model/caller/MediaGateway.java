package ccsim.model.caller;

import ccsim.core.engine.Engine;
import ccsim.core.experiment.Progress;
import ccsim.core.message.NameAddr;
import ccsim.core.message.SessionDescription;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.model.CallOutcome;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipEntity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * The media gateway: where callers enter. It places each caller's INVITE to SIP Server (seed ch.1,
 * Stand-Alone step 1), acknowledges the answer, and records how each call ended.
 */
public final class MediaGateway extends SipEntity {
    /** Per call type, the streams its callers draw from. */
    public record CallerStreams(RandomStream arrivals, RandomStream selfService) {
    }

    private final Address sipServer;
    private final List<CallTypeConfig> callTypes;
    private final List<CallerStreams> streams;
    private final String aniPrefix;
    private final double warmUp;
    private final double horizon;
    private final Progress progress;
    private final CallLedger ledger = new CallLedger();
    private final Map<String, Caller> byCallId = new HashMap<>();
    private long calls;

    private static final class Caller {
        final Dialog dialog;
        final double invitedAt;
        final boolean observed;

        Caller(Dialog dialog, double invitedAt, boolean observed) {
            this.dialog = dialog;
            this.invitedAt = invitedAt;
            this.observed = observed;
        }
    }

    public MediaGateway(Engine engine, Address address, Address sipServer, List<CallTypeConfig> callTypes,
                        List<CallerStreams> streams, String aniPrefix, double warmUp, double horizon,
                        Progress progress) {
        super(engine, address, "Media Gateway", "gw");
        this.sipServer = sipServer;
        this.callTypes = List.copyOf(callTypes);
        this.streams = List.copyOf(streams);
        this.aniPrefix = aniPrefix;
        this.warmUp = warmUp;
        this.horizon = horizon;
        this.progress = progress;
    }

    /** Schedules the first arrival of every call type. */
    public void start() {
        for (int ct = 0; ct < callTypes.size(); ct++) {
            scheduleNextArrival(ct);
        }
    }

    public CallLedger ledger() {
        return ledger;
    }

    /** Calls still in progress. */
    public int callsInProgress() {
        return byCallId.size();
    }

    private void scheduleNextArrival(int ct) {
        double meanGap = 3600.0 / callTypes.get(ct).callsPerHour();
        double gap = -meanGap * Math.log1p(-streams.get(ct).arrivals().nextDouble());
        if (engine.now() + gap < horizon) {
            engine.schedule(gap, () -> arrive(ct));
        }
    }

    private void arrive(int ct) {
        progress.report(engine.now() / horizon);
        scheduleNextArrival(ct);
        CallTypeConfig type = callTypes.get(ct);
        long call = ++calls;
        boolean observed = engine.now() >= warmUp;
        ledger.offered(observed);
        CallerScript script = new CallerScript(ct, type.selfService().sample(streams.get(ct).selfService()));
        String ani = aniPrefix + call;
        Dialog d = Dialog.caller(call, "gw" + call + "@" + address().host(), sipServer,
                NameAddr.of("sip:" + ani + "@" + address().host()).withTag(newTag()),
                NameAddr.of("sip:" + type.dialedNumber() + "@" + sipServer.host()),
                "sip:" + type.dialedNumber() + "@" + sipServer, uri(ani));
        byCallId.put(d.callId(), new Caller(d, engine.now(), observed));
        // seed ch.1, Stand-Alone step 1: the call is delivered from the gateway to SIP Server
        send(sipServer, d.invite(newBranch(),
                new SessionDescription(address().host(), 20000 + (int) (call % 10000) * 2, script)));
    }

    @Override
    protected void onResponse(SipResponse r, Address from) {
        Caller c = byCallId.get(r.headers().callId());
        if (c == null || r.headers().cseqMethod() != SipMethod.INVITE || r.provisional()) {
            return;
        }
        if (r.status() < 300) {
            c.dialog.confirm(r);
            ledger.answered(engine.now() - c.invitedAt, c.observed);
            send(sipServer, c.dialog.ack(newBranch()));
        } else {
            send(sipServer, Sip.ackFailure(c.dialog.inviteRequest(), r));
            byCallId.remove(r.headers().callId());
            ledger.ended(outcomeOfFailure(r.status()), c.observed);
        }
    }

    /** No port or server to take the call is blocking; anything else is a failure of the deployment. */
    static CallOutcome outcomeOfFailure(int status) {
        return switch (status) {
            case SipStatus.BUSY_HERE, SipStatus.SERVICE_UNAVAILABLE, SipStatus.TEMPORARILY_UNAVAILABLE ->
                    CallOutcome.BLOCKED;
            default -> CallOutcome.FAILED;
        };
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        Caller c = byCallId.get(q.headers().callId());
        if (q.method() != SipMethod.BYE) {
            refuse(q, from);
        } else if (c == null) {
            send(from, Sip.respond(q, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
        } else {
            // the far end hung up after self-service: the call was served by the IVR alone
            send(sipServer, c.dialog.respond(q, SipStatus.OK, null));
            byCallId.remove(q.headers().callId());
            ledger.ended(CallOutcome.SERVED_BY_IVR, c.observed);
        }
    }
}
