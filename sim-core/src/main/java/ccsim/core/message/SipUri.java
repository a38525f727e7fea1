package ccsim.core.message;

/** A parsed {@code sip:[user@]host[:port]} URI; parameters after ';' are ignored. */
public record SipUri(String user, String host, int port) {
    public static final int DEFAULT_PORT = 5060;

    public static SipUri parse(String text) {
        String s = text.trim();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        if (!s.startsWith("sip:")) {
            throw new IllegalArgumentException("not a sip: URI: '" + text + "'");
        }
        s = s.substring(4);
        int semi = s.indexOf(';');
        if (semi >= 0) {
            s = s.substring(0, semi);
        }
        String user = null;
        int at = s.indexOf('@');
        if (at >= 0) {
            user = s.substring(0, at);
            s = s.substring(at + 1);
        }
        int colon = s.lastIndexOf(':');
        int port = DEFAULT_PORT;
        String host = s;
        if (colon >= 0) {
            host = s.substring(0, colon);
            try {
                port = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in sip: URI '" + text + "'", e);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in sip: URI '" + text + "'");
        }
        return new SipUri(user, host, port);
    }

    public String hostPort() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "sip:" + (user == null ? "" : user + "@") + host + ":" + port;
    }
}
