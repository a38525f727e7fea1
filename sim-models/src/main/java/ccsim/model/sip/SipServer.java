package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.DialogInfo;
import ccsim.core.message.NameAddr;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SIP Server as the back-to-back user agent in front of GVP, Stand-Alone mode (seed ch.1
 * "Inbound Call Flows—Stand-Alone Mode", ch.4 Tables 8–10): it matches the dialed number to the
 * Trunk DN of the Resource Manager, follows the RM's 302 to the chosen IPCS, and bridges the
 * gateway's leg to the IPCS leg. It tells the subscribed Resource Manager when an IPCS call ends.
 */
public final class SipServer extends SipEntity {
    /** RFC 3261 Timer B: an INVITE with no response at all fails after 64·T1 (T1 = 500 ms). */
    static final double TIMER_B = 64 * 0.5;

    private final TrunkDirectory trunks;
    private final String contact;
    private final Map<String, B2bCall> byCallId = new HashMap<>();
    private final Map<String, Dialog> subscriptions = new HashMap<>();

    /** The legs of one call through SIP Server. */
    private static final class B2bCall {
        final Dialog inbound;
        final String dialedNumber;
        Dialog outbound;
        TrunkDirectory.Trunk outboundTrunk;
        boolean toIpcs;
        Engine.Timer timerB;

        B2bCall(Dialog inbound, String dialedNumber) {
            this.inbound = inbound;
            this.dialedNumber = dialedNumber;
        }
    }

    public SipServer(Engine engine, Address address, TrunkDirectory trunks) {
        super(engine, address, "SIP Server", "ss");
        this.trunks = trunks;
        this.contact = uri("gvp");
    }

    /** Calls in progress. */
    public int callsInProgress() {
        return (int) byCallId.values().stream().distinct().count();
    }

    @Override
    protected void onRequest(SipRequest q, Address from) {
        switch (q.method()) {
            case INVITE -> onInvite(q, from);
            case ACK -> onAck(q);
            case BYE -> onBye(q, from);
            case SUBSCRIBE -> onSubscribe(q, from);
            default -> refuse(q, from);
        }
    }

    private void onInvite(SipRequest invite, Address from) {
        Dialog inbound = Dialog.callee(invite, from, newTag(), contact);
        send(from, inbound.respond(invite, SipStatus.TRYING, null));
        String dialed = Sip.userOf(invite.requestUri());
        B2bCall c = new B2bCall(inbound, dialed);
        byCallId.put(inbound.callId(), c);
        // seed ch.1, Stand-Alone step 2: the dialed number is matched to a Trunk DN pointing to the RM
        Optional<TrunkDirectory.Trunk> trunk = trunks.forDialedNumber(dialed);
        if (trunk.isEmpty()) {
            fail(c, SipStatus.NOT_FOUND);
            return;
        }
        // seed ch.1, Stand-Alone step 3: SIP Server sends the INVITE to the Resource Manager
        inviteOut(c, trunk.get(), trunk.get().contactUri(), false);
    }

    private void inviteOut(B2bCall c, TrunkDirectory.Trunk trunk, SipUri target, boolean toIpcs) {
        if (c.outbound != null) {
            byCallId.remove(c.outbound.callId());
        }
        Address peer = new Address(target.host(), target.port());
        String requestUri = "sip:" + c.dialedNumber + "@" + target.hostPort();
        SipRequest original = c.inbound.inviteRequest();
        // Table 8: override-to-on-divert false keeps the dialed number as the To user towards GVP
        c.outbound = Dialog.caller(c.inbound.call(), "ss" + (toIpcs ? "i" : "r") + c.inbound.call() + "@"
                        + address().host(), peer,
                NameAddr.of(original.headers().from().uri()).withTag(newTag()), NameAddr.of(requestUri),
                requestUri, contact);
        c.outboundTrunk = trunk;
        c.toIpcs = toIpcs;
        byCallId.put(c.outbound.callId(), c);
        send(peer, c.outbound.invite(newBranch(), original.body()));
        c.timerB = engine.schedule(TIMER_B, () -> onTimerB(c));
    }

    private void onTimerB(B2bCall c) {
        c.timerB = null;
        if (c.toIpcs) {
            notifyTerminated(c);
        }
        fail(c, SipStatus.REQUEST_TIMEOUT);
    }

    @Override
    protected void onResponse(SipResponse r, Address from) {
        B2bCall c = byCallId.get(r.headers().callId());
        if (c == null) {
            return;
        }
        if (r.headers().cseqMethod() == SipMethod.BYE) {
            byCallId.remove(c.inbound.callId());
            return;
        }
        if (r.headers().cseqMethod() != SipMethod.INVITE || c.outbound == null
                || !r.headers().callId().equals(c.outbound.callId())) {
            return;
        }
        if (c.timerB != null) {
            c.timerB.cancel();
            c.timerB = null;
        }
        SipRequest inboundInvite = c.inbound.inviteRequest();
        if (r.status() == SipStatus.RINGING) {
            send(c.inbound.peer(), c.inbound.respond(inboundInvite, SipStatus.RINGING, null));
        } else if (r.status() >= 200 && r.status() < 300) {
            c.outbound.confirm(r);
            send(c.inbound.peer(), c.inbound.respond(inboundInvite, r.status(), r.body()));
        } else if (r.status() == SipStatus.MOVED_TEMPORARILY && !c.toIpcs) {
            send(c.outbound.peer(), Sip.ackFailure(c.outbound.inviteRequest(), r));
            followRedirect(c, SipUri.parse(r.headers().contact()));
        } else if (r.status() >= 300) {
            send(c.outbound.peer(), Sip.ackFailure(c.outbound.inviteRequest(), r));
            if (c.toIpcs) {
                notifyTerminated(c);
            }
            fail(c, r.status());
        }
    }

    /**
     * seed ch.1, Stand-Alone steps 4–5: the RM's 302 names an IPCS. With straight-forward true on the
     * RM's Trunk DN, SIP Server INVITEs the Contact as given; with false it resolves the Contact to
     * the IPCS Trunk DN named by the IP without dots and uses that DN's contact (Table 10 and Tip).
     */
    private void followRedirect(B2bCall c, SipUri contact) {
        String ipcsTrunkName = TrunkDirectory.ipcsTrunkName(contact.host());
        Optional<TrunkDirectory.Trunk> ipcsTrunk = trunks.byName(ipcsTrunkName);
        TrunkDirectory.Trunk trunk = ipcsTrunk.orElse(TrunkDirectory.Trunk.unconfigured(ipcsTrunkName));
        if (c.outboundTrunk.options().isTrue(SipServerOption.STRAIGHT_FORWARD)) {
            inviteOut(c, trunk, contact, true);
        } else if (ipcsTrunk.isPresent() && ipcsTrunk.get().contactUri() != null) {
            inviteOut(c, trunk, ipcsTrunk.get().contactUri(), true);
        } else {
            fail(c, SipStatus.NOT_FOUND);
        }
    }

    private void fail(B2bCall c, int status) {
        send(c.inbound.peer(), c.inbound.respond(c.inbound.inviteRequest(), status, null));
        byCallId.remove(c.inbound.callId());
        if (c.outbound != null) {
            byCallId.remove(c.outbound.callId());
        }
    }

    private void onAck(SipRequest ack) {
        B2bCall c = byCallId.get(ack.headers().callId());
        if (c != null && ack.headers().callId().equals(c.inbound.callId()) && c.outbound != null && c.toIpcs) {
            send(c.outbound.peer(), c.outbound.ack(newBranch()));
        }
    }

    private void onBye(SipRequest bye, Address from) {
        B2bCall c = byCallId.get(bye.headers().callId());
        if (c == null || c.outbound == null || !bye.headers().callId().equals(c.outbound.callId())) {
            send(from, Sip.respond(bye, SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
            return;
        }
        // the IPCS ends the self-service session: answer it and hang up the caller's leg
        send(c.outbound.peer(), c.outbound.respond(bye, SipStatus.OK, null));
        byCallId.remove(c.outbound.callId());
        send(c.inbound.peer(), c.inbound.request(SipMethod.BYE, newBranch(), null));
        notifyTerminated(c);
    }

    /**
     * The Resource Manager subscribes with user part {@code GVP}; SIP Server then reports the DNs whose
     * {@code subscription-id} is GVP (seed Table 10, Appendix B "subscription-id").
     */
    private void onSubscribe(SipRequest subscribe, Address from) {
        String id = Sip.userOf(subscribe.requestUri());
        Dialog d = Dialog.callee(subscribe, from, newTag(), uri(id));
        subscriptions.put(id, d);
        send(from, d.respond(subscribe, SipStatus.OK, null));
    }

    private void notifyTerminated(B2bCall c) {
        String subscriptionId = c.outboundTrunk.options().get(SipServerOption.SUBSCRIPTION_ID);
        Dialog subscriber = subscriptionId == null ? null : subscriptions.get(subscriptionId);
        if (subscriber != null) {
            send(subscriber.peer(), subscriber.request(SipMethod.NOTIFY, newBranch(),
                    new DialogInfo(c.outboundTrunk.name(), "terminated"), c.inbound.call()));
        }
    }
}
