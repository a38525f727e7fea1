package ccsim.core.message;

/** A From or To header value: a SIP URI and, once the dialog side has one, its tag. */
public record NameAddr(String uri, String tag) {

    public static NameAddr of(String uri) {
        return new NameAddr(uri, null);
    }

    public NameAddr withTag(String newTag) {
        return new NameAddr(uri, newTag);
    }
}
