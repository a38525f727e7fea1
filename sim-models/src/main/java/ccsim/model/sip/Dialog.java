package ccsim.model.sip;

import ccsim.core.message.NameAddr;
import ccsim.core.message.SipBody;
import ccsim.core.message.SipHeaders;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;

/**
 * One side of one SIP dialog (one leg of a call): Call-ID, local and remote party with tags, the
 * remote target, and the local CSeq. A B2BUA keeps one per leg.
 */
public final class Dialog {
    private final long call;
    private final long callId;
    private final Address peer;
    private final NameAddr local;
    private final SipUri localContact;
    private NameAddr remote;
    private SipUri remoteTarget;
    // an int, as RFC 3261 §8.1.1.5 bounds CSeq below 2^31: a dialog of 56 bytes instead of 64, one per leg
    private int cseq;
    private SipRequest invite;

    private Dialog(long call, long callId, Address peer, NameAddr local, NameAddr remote, SipUri remoteTarget,
                   SipUri localContact) {
        this.call = call;
        this.callId = callId;
        this.peer = peer;
        this.local = local;
        this.remote = remote;
        this.remoteTarget = remoteTarget;
        this.localContact = localContact;
    }

    /** The dialog of a call we are about to INVITE to {@code requestUri} at {@code peer}. */
    public static Dialog caller(long call, long callId, Address peer, NameAddr local, NameAddr remote,
                                SipUri requestUri, SipUri localContact) {
        return new Dialog(call, callId, peer, local, remote, requestUri, localContact);
    }

    /** The dialog of an INVITE we received from {@code peer}, answered with tag {@code localTag}. */
    public static Dialog callee(SipRequest invite, Address peer, long localTag, SipUri localContact) {
        SipHeaders h = invite.headers();
        Dialog d = new Dialog(invite.call(), h.callId(), peer, h.to().withTag(localTag), h.from(), h.contact(),
                localContact);
        d.invite = invite;
        return d;
    }

    /** The INVITE that opens this dialog (CSeq 1). */
    public SipRequest invite(long branch, SipBody offer) {
        cseq = 1;
        invite = new SipRequest(SipMethod.INVITE, remoteTarget,
                new SipHeaders(callId, local, remote, cseq, SipMethod.INVITE, branch, localContact), offer, call);
        return invite;
    }

    /** Takes the remote tag and target from a 2xx to our INVITE. */
    public void confirm(SipResponse ok) {
        remote = ok.to();
        if (ok.contact() != null) {
            remoteTarget = ok.contact();
        }
    }

    /** The ACK for a 2xx to the dialog's first INVITE: a new transaction with the INVITE's CSeq number. */
    public SipRequest ack(long branch) {
        return ack(branch, invite.headers().cseq());
    }

    /** The ACK for a 2xx to the INVITE (first or re-INVITE) of CSeq {@code inviteCseq}. */
    public SipRequest ack(long branch, long inviteCseq) {
        return new SipRequest(SipMethod.ACK, remoteTarget,
                new SipHeaders(callId, local, remote, inviteCseq, SipMethod.ACK, branch, null), null, call);
    }

    /** A new in-dialog request (BYE, NOTIFY, ...). */
    public SipRequest request(SipMethod method, long branch, SipBody body) {
        return request(method, branch, body, call);
    }

    /**
     * A new in-dialog request that concerns another call than the dialog's own, e.g. a NOTIFY on a
     * long-lived subscription reporting the end of one call.
     */
    public SipRequest request(SipMethod method, long branch, SipBody body, long aboutCall) {
        cseq++;
        return new SipRequest(method, remoteTarget,
                new SipHeaders(callId, local, remote, cseq, method, branch, localContact), body, aboutCall);
    }

    /** A REFER asking the far end to transfer this dialog's call to {@code target} (a SIP URI). */
    public SipRequest refer(long branch, SipUri target) {
        SipRequest r = request(SipMethod.REFER, branch, null);
        return new SipRequest(SipMethod.REFER, r.requestUri(), r.headers().withReferTo(target), null, call);
    }

    /** Our response to {@code request} in this dialog. */
    public SipResponse respond(SipRequest request, int status, SipBody body) {
        NameAddr to = request.headers().to();
        // untagged only on the dialog's own INVITE, whose To tagged is this side's local party
        return Sip.respond(request, status, !to.tagged() && status > 100 ? local : to, localContact, body);
    }

    public long callId() {
        return callId;
    }

    public Address peer() {
        return peer;
    }

    public long call() {
        return call;
    }

    /** The INVITE that opened this dialog, sent or received. */
    public SipRequest inviteRequest() {
        return invite;
    }
}
