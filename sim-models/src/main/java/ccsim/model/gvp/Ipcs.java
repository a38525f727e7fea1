package ccsim.model.gvp;

import ccsim.core.engine.Engine;
import ccsim.core.message.SessionDescription;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.core.random.Distribution;
import ccsim.core.resource.CountedPool;
import ccsim.model.caller.CallerScript;
import ccsim.model.sip.Dialog;
import ccsim.model.sip.Sip;
import ccsim.model.sip.SipEntity;
import java.util.HashMap;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * An IP Communication Server: a pool of ports (Max Channels) that answers INVITEs and runs the
 * VoiceXML self-service dialog for as long as the caller stays, then hangs up with BYE.
 */
public final class Ipcs extends SipEntity {
    private final CountedPool ports;
    private final Distribution answerDelay;
    private final RandomStream answerStream;
    private final Map<String, Dialog> byCallId = new HashMap<>();
    private final String contact;
    private final String transferTarget;
    private long rejected;

    /**
     * @param transferTarget the Routing Point URI the application transfers callers who ask for an
     *                       agent to (queuing on SIP Server), or null where no caller does
     */
    public Ipcs(Engine engine, Address address, int ports, Distribution answerDelay, RandomStream answerStream,
                String transferTarget) {
        super(engine, address, "IPCS " + address.host(), "ip");
        this.ports = new CountedPool(engine, "IPCS " + address.host() + " ports", ports);
        this.answerDelay = answerDelay;
        this.answerStream = answerStream;
        this.contact = uri("ipcs");
        this.transferTarget = transferTarget;
    }

    public CountedPool ports() {
        return ports;
    }

    /** INVITEs refused with 486 because every port was busy. */
    public long rejected() {
        return rejected;
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        switch (q.method()) {
            case INVITE -> onInvite(q, from);
            case ACK -> onAck(q);
            case BYE -> onBye(q, from);
            default -> refuse(q, from);
        }
    }

    /** The 200 to the IPCS's BYE ends the session: the port is free. A refused transfer ends it too. */
    @Override
    protected void onResponse(SipResponse r, Address from) {
        if (r.headers().cseqMethod() == SipMethod.BYE && byCallId.remove(r.headers().callId()) != null) {
            ports.release();
        } else if (r.headers().cseqMethod() == SipMethod.REFER && r.status() >= 300) {
            Dialog d = byCallId.get(r.headers().callId());
            if (d != null) {
                send(d.peer(), d.request(SipMethod.BYE, newBranch(), null));
            }
        }
    }

    /** SIP Server ends the session (after a transfer, or because the caller hung up). */
    private void onBye(SipRequest bye, Address from) {
        Dialog d = byCallId.remove(bye.headers().callId());
        if (d == null) {
            send(from, Sip.respond(bye, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        send(from, d.respond(bye, SipStatus.OK, null));
        ports.release();
    }

    private void onInvite(SipRequest invite, Address from) {
        if (!ports.tryAcquire()) {
            rejected++;
            send(from, Sip.respond(invite, SipStatus.BUSY_HERE, newTag(), null, null));
            return;
        }
        Dialog d = Dialog.callee(invite, from, newTag(), contact);
        byCallId.put(d.callId(), d);
        send(from, d.respond(invite, SipStatus.TRYING, null));
        send(from, d.respond(invite, SipStatus.RINGING, null));
        SessionDescription answer = new SessionDescription(address().host(), 40000 + 2 * ports.busy(), null);
        engine.schedule(answerDelay.sample(answerStream), () -> send(from, d.respond(invite, SipStatus.OK, answer)));
    }

    /** The caller is connected: the VoiceXML application runs as long as the caller's script says. */
    private void onAck(SipRequest ack) {
        Dialog d = byCallId.get(ack.headers().callId());
        if (d == null) {
            return;
        }
        CallerScript script = (CallerScript) ((SessionDescription) d.inviteRequest().body()).script();
        engine.schedule(script.selfServiceSeconds(), () -> endSelfService(d, script));
    }

    /**
     * The VoiceXML application ends: a caller who asks for an agent is transferred to the Routing Point
     * for agent selection (seed ch.1, queuing on SIP Server step 1); anyone else is hung up.
     */
    private void endSelfService(Dialog d, CallerScript script) {
        if (!byCallId.containsKey(d.callId())) {
            return;
        }
        if (script.wantsAgent() && transferTarget != null) {
            send(d.peer(), d.refer(newBranch(), transferTarget));
        } else {
            send(d.peer(), d.request(SipMethod.BYE, newBranch(), null));
        }
    }
}
