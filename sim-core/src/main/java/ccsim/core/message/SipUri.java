package ccsim.core.message;

import ccsim.core.network.Address;

/**
 * A parsed {@code sip:[user@]host[:port]} URI; parameters after ';' are ignored. Its host and port are
 * kept as the {@link Address} a request to it goes to: a URI kept in a directory hands out the same
 * Address object each time, which the network finds by identity without hashing its host.
 */
public record SipUri(String user, Address address) {
    public static final int DEFAULT_PORT = 5060;

    public SipUri(String user, String host, int port) {
        this(user, new Address(host, port));
    }

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

    public String host() {
        return address.host();
    }

    public int port() {
        return address.port();
    }

    public String hostPort() {
        return address.toString();
    }

    @Override
    public String toString() {
        return "sip:" + (user == null ? "" : user + "@") + address;
    }
}
