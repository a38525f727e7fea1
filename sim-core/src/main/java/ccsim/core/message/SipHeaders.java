package ccsim.core.message;

/**
 * The SIP headers the simulator reasons about. A B2BUA leg keeps one {@code callId}, the
 * {@code from}/{@code to} pair with tags identifies the dialog, {@code cseq} and {@code viaBranch}
 * identify the transaction, and {@code contact} carries a target (e.g. the IPCS on a 302).
 */
public record SipHeaders(String callId, NameAddr from, NameAddr to, long cseq, SipMethod cseqMethod,
                         String viaBranch, String contact) {

    public SipHeaders withTo(NameAddr newTo) {
        return new SipHeaders(callId, from, newTo, cseq, cseqMethod, viaBranch, contact);
    }

    public SipHeaders withContact(String newContact) {
        return new SipHeaders(callId, from, to, cseq, cseqMethod, viaBranch, newContact);
    }

    /** The headers of a new transaction in the same dialog (ACK for 2xx, BYE, ...). */
    public SipHeaders nextTransaction(long newCseq, SipMethod method, String branch) {
        return new SipHeaders(callId, from, to, newCseq, method, branch, null);
    }
}
