package ccsim.model.media;

import ccsim.core.engine.Engine;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.SessionDescription;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.core.resource.CountedPool;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipEntity;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;

/**
 * Stream Manager: a pool of ports that play treatments (music, announcements) to callers queued on
 * SIP Server (guide ch.1, "Call Queuing on SIP Server Using Stream Manager"). An INVITE finding no
 * free port is refused with 503, and counted.
 */
public final class StreamManager extends SipEntity {
    private final CountedPool ports;
    private final Long2ObjectMap<Dialog> byCallId = new Long2ObjectOpenHashMap<>();
    private final SipUri contact;
    private long rejected;

    public StreamManager(Engine engine, Address address, int ports) {
        super(engine, address, "Stream Manager");
        this.ports = new CountedPool(engine, "Stream Manager ports", ports);
        this.contact = uri("treatment");
    }

    public CountedPool ports() {
        return ports;
    }

    /** Treatments refused because every port was busy. */
    public long rejected() {
        return rejected;
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        switch (q.method()) {
            case INVITE -> onInvite(q, from);
            case ACK -> { }
            case BYE -> onBye(q, from);
            case UPDATE -> answerRefresh(q, from, byCallId.containsKey(q.headers().callId()));
            default -> refuse(q, from);
        }
    }

    private void onInvite(SipRequest invite, Address from) {
        if (!ports.tryAcquire()) {
            rejected++;
            send(from, Sip.respond(invite, SipStatus.SERVICE_UNAVAILABLE, newTag(), null, null));
            return;
        }
        Dialog d = Dialog.callee(invite, from, newTag(), contact);
        byCallId.put(d.callId(), d);
        send(from, d.respond(invite, SipStatus.OK, new SessionDescription(address().host(), 30000, null)));
    }

    @Override
    protected void mediaStops() {
        for (Dialog d : byCallId.values()) {
            if (d.inviteRequest().body() instanceof SessionDescription listener) {
                send(listener.mediaAddress(), new MediaEvent(new StreamStopped(), d.call()));
            }
        }
    }

    /** The host died: every treatment and port is gone; Stream Manager restarts with all ports free. */
    @Override
    protected void forget() {
        byCallId.clear();
        while (ports.busy() > 0) {
            ports.release();
        }
    }

    private void onBye(SipRequest bye, Address from) {
        Dialog d = byCallId.remove(bye.headers().callId());
        if (d == null) {
            send(from, Sip.respond(bye, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        send(from, d.respond(bye, SipStatus.OK, null));
        ports.release();
    }

    @Override
    protected void onResponse(SipResponse r, Address from) {
        if (r.cseqMethod() != SipMethod.BYE) {
            throw new IllegalStateException("Stream Manager sent no request answered by " + r.label());
        }
    }
}
