package ccsim.core.message;

/** A From or To header value: a SIP URI and, once the dialog side has one, its tag ({@link SipId#NONE} before). */
public record NameAddr(SipUri uri, long tag) {

    public static NameAddr of(SipUri uri) {
        return new NameAddr(uri, SipId.NONE);
    }

    public NameAddr withTag(long newTag) {
        return new NameAddr(uri, newTag);
    }

    public boolean tagged() {
        return tag != SipId.NONE;
    }
}
