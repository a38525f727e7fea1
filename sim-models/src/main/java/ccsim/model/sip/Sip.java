package ccsim.model.sip;

import ccsim.core.message.NameAddr;
import ccsim.core.message.SipBody;
import ccsim.core.message.SipHeaders;
import ccsim.core.message.SipMethod;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.model.OutcomeReason;

/** RFC 3261 rules for building responses and ACKs that do not depend on dialog state. */
public final class Sip {
    /** The user part of the Resource Manager's SUBSCRIBE, and the subscription-id of GVP's DNs (Tables 5, 10). */
    public static final String GVP_SUBSCRIPTION_ID = "GVP";

    /**
     * RFC 3326 Reason of a BYE ending a call because a resource its application needs is missing
     * (Q.850 cause 47, resource unavailable).
     */
    public static String resourceUnavailable(String what) {
        return RESOURCE_UNAVAILABLE + "text=\"" + what + " unavailable\"";
    }

    /** RFC 3326 Reason of a BYE by which GVP 7.5 releases a call it does not support (guide ch.1 "Limitations"). */
    public static String releasedByGvp(String what) {
        return GVP_RELEASE_REASON + ";text=\"GVP 7.5 releases the call on " + what + "\"";
    }

    /** RFC 3326 Reason of a BYE ending a call whose transfer (REFER) was refused with {@code status}. */
    public static String transferRefused(int status) {
        return TRANSFER_REFUSED + status + ";text=\"transfer refused\"";
    }

    private static final String TRANSFER_REFUSED = "SIP;cause=";

    /** The outcome a BYE's Reason gives the call: what the deployment said it ended the call for. */
    public static OutcomeReason reasonOf(String reason) {
        if (isReleasedByGvp(reason)) {
            return OutcomeReason.GVP_RELEASE;
        }
        if (reason.startsWith(RESOURCE_UNAVAILABLE)) {
            return OutcomeReason.RESOURCE_UNAVAILABLE;
        }
        return reason.startsWith(TRANSFER_REFUSED) && reason.contains("text=\"transfer refused\"")
                ? OutcomeReason.TRANSFER_REFUSED : OutcomeReason.OTHER_CAUSE;
    }

    private static final String RESOURCE_UNAVAILABLE = "Q.850;cause=47;";

        /** Whether a BYE's Reason says GVP released the call. */
    public static boolean isReleasedByGvp(String reason) {
        return reason != null && reason.startsWith(GVP_RELEASE_REASON);
    }

    private static final String GVP_RELEASE_REASON = "SIP;cause=" + SipStatus.NOT_ACCEPTABLE_HERE;

    private Sip() {
    }

    /**
     * A request in the dialog a 2xx response to an INVITE established, for a UAC that has no state for it
     * any more: RFC 3261 §13.2.2.4 has it ACK the 2xx and end the dialog with a BYE.
     */
    public static SipRequest inDialogOf(SipResponse invite2xx, SipMethod method, long cseq, long branch) {
        SipHeaders h = invite2xx.headers();
        SipUri target = h.contact() != null ? h.contact() : h.to().uri();
        return new SipRequest(method, target, new SipHeaders(h.callId(), h.from(), h.to(), cseq, method, branch, null),
                null, invite2xx.call());
    }

    /** A response that copies the request's headers, tagging To with {@code toTag} if untagged. */
    public static SipResponse respond(SipRequest request, int status, long toTag, SipUri contact, SipBody body) {
        SipHeaders h = request.headers();
        return respond(request, status, !h.to().tagged() && status > 100 ? h.to().withTag(toTag) : h.to(), contact,
                body);
    }

    /**
     * A response that copies the request's headers but To, which is {@code to}: the request's own, or
     * the tagged local party of the dialog the response establishes (one object for all its responses).
     */
    static SipResponse respond(SipRequest request, int status, NameAddr to, SipUri contact, SipBody body) {
        return new SipResponse(status, request.headers(), to, contact, body, request.call());
    }

    /** The ACK to a non-2xx final response: part of the INVITE transaction, same branch (RFC 3261 17.1.1.3). */
    public static SipRequest ackFailure(SipRequest invite, SipResponse failure) {
        SipHeaders h = invite.headers();
        return new SipRequest(SipMethod.ACK, invite.requestUri(), new SipHeaders(h.callId(), h.from(),
                failure.to(), h.cseq(), SipMethod.ACK, h.viaBranch(), null), null, invite.call());
    }

    /** The CANCEL of an INVITE still unanswered: its Request-URI, Call-ID, From, To, CSeq number and branch (RFC 3261 §9.1). */
    public static SipRequest cancel(SipRequest invite) {
        SipHeaders h = invite.headers();
        return new SipRequest(SipMethod.CANCEL, invite.requestUri(), new SipHeaders(h.callId(), h.from(), h.to(),
                h.cseq(), SipMethod.CANCEL, h.viaBranch(), null), null, invite.call());
    }
}
