package ccsim.core.message;

import java.nio.charset.StandardCharsets;

/**
 * Renders a SIP message as RFC 3261 text, as it would travel in one UDP datagram between two
 * adjacent hops: the sender's Via, the dialog and transaction headers, and the body with its
 * Content-Length. Used only when a trace asks for it.
 */
public final class SipText {
    private static final String CRLF = "\r\n";
    /** The magic cookie every RFC 3261 Via branch starts with. */
    private static final String BRANCH_COOKIE = "z9hG4bK";

    private SipText() {
    }

    /**
     * @param requester the host:port that sent the request of this transaction (the Via sent-by)
     */
    public static String render(Message message, String requester) {
        if (message instanceof SipRequest q) {
            return request(q, requester);
        }
        if (message instanceof SipResponse r) {
            return response(r, requester);
        }
        throw new IllegalArgumentException("not a SIP message: " + message.label());
    }

    private static String request(SipRequest q, String sender) {
        StringBuilder b = new StringBuilder();
        b.append(q.method()).append(' ').append(q.requestUri()).append(" SIP/2.0").append(CRLF);
        headers(b, q.headers(), sender);
        b.append("Max-Forwards: 70").append(CRLF);
        if (q.method() == SipMethod.SUBSCRIBE || q.method() == SipMethod.NOTIFY) {
            b.append("Event: dialog").append(CRLF);
        }
        if (q.method() == SipMethod.NOTIFY) {
            b.append("Subscription-State: active").append(CRLF);
        }
        if (q.headers().referTo() != null) {
            b.append("Refer-To: <").append(q.headers().referTo()).append('>').append(CRLF);
        }
        if (q.headers().reason() != null) {
            b.append("Reason: ").append(q.headers().reason()).append(CRLF);
        }
        return body(b, q.body());
    }

    private static String response(SipResponse r, String requester) {
        StringBuilder b = new StringBuilder();
        b.append("SIP/2.0 ").append(r.status()).append(' ').append(r.reason()).append(CRLF);
        headers(b, r.headers(), requester);
        if (r.retryAfter() > 0) {
            b.append("Retry-After: ").append(r.retryAfter()).append(CRLF);
        }
        return body(b, r.body());
    }

    private static void headers(StringBuilder b, SipHeaders h, String sentBy) {
        b.append("Via: SIP/2.0/UDP ").append(sentBy).append(";branch=").append(BRANCH_COOKIE)
                .append(SipId.text(h.viaBranch())).append(CRLF);
        b.append("From: ").append(nameAddr(h.from())).append(CRLF);
        b.append("To: ").append(nameAddr(h.to())).append(CRLF);
        b.append("Call-ID: ").append(callId(h.callId())).append(CRLF);
        b.append("CSeq: ").append(h.cseq()).append(' ').append(h.cseqMethod()).append(CRLF);
        if (h.contact() != null) {
            b.append("Contact: <").append(h.contact()).append('>').append(CRLF);
        }
    }

    /** The text of a Call-ID on the wire. */
    public static String callId(long id) {
        return SipId.text(id) + "@ccsim";
    }

    private static String nameAddr(NameAddr a) {
        return "<" + a.uri() + ">" + (a.tagged() ? ";tag=" + SipId.text(a.tag()) : "");
    }

    private static String body(StringBuilder b, SipBody body) {
        String content = "";
        if (body instanceof SessionDescription sdp) {
            b.append("Content-Type: application/sdp").append(CRLF);
            content = "v=0" + CRLF
                    + "o=- 1 1 IN IP4 " + sdp.connectionAddress() + CRLF
                    + "s=-" + CRLF
                    + "c=IN IP4 " + sdp.connectionAddress() + CRLF
                    + "t=0 0" + CRLF
                    + "m=audio " + sdp.mediaPort() + " RTP/AVP 0" + CRLF
                    + "a=rtpmap:0 PCMU/8000" + CRLF
                    + (sdp.hold() ? "a=sendonly" : "a=sendrecv") + CRLF;
        } else if (body instanceof DialogInfo info) {
            b.append("Content-Type: application/dialog-info+xml").append(CRLF);
            content = "<?xml version=\"1.0\"?>" + CRLF
                    + "<dialog-info xmlns=\"urn:ietf:params:xml:ns:dialog-info\" version=\"0\" state=\"partial\" entity=\""
                    + info.entity() + "\"><dialog id=\"" + SipId.text(info.dialogId()) + "\"><state>" + info.state()
                    + "</state></dialog></dialog-info>" + CRLF;
        }
        b.append("Content-Length: ").append(content.getBytes(StandardCharsets.UTF_8).length).append(CRLF);
        b.append(CRLF).append(content);
        return b.toString();
    }
}
