package ccsim.core.message;

import ccsim.core.network.Address;

/**
 * A {@code sip:[user@]host[:port]} URI; parameters after ';' are ignored. Its host and port are kept as
 * the {@link Address} a request to it goes to: a URI kept in a directory hands out the same Address
 * object each time, which the network finds by identity without hashing its host. Messages carry URIs
 * in this form, so that an entity reads the user part (a dialed number, a DN) as the very string it was
 * made with, and no URI is written out as text or parsed back unless a trace shows it.
 * {@code portShown} is false for a URI written without a port ({@code sip:ani@host}, a From naming a
 * host rather than a listener); it still reaches port {@value #DEFAULT_PORT}.
 */
public record SipUri(String user, Address address, boolean portShown) {
    public static final int DEFAULT_PORT = 5060;

    /** {@code sip:user@host:port} (user may be null). */
    public SipUri(String user, Address address) {
        this(user, address, true);
    }

    public SipUri(String user, String host, int port) {
        this(user, new Address(host, port));
    }

    /** {@code sip:user@host}: the host of {@code address}, its port left unsaid. */
    public static SipUri atHost(String user, Address address) {
        return new SipUri(user, address, false);
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
        boolean portShown = colon >= 0;
        if (portShown) {
            host = s.substring(0, colon);
            try {
                port = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in sip: URI '" + text + "'", e);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " of sip: URI '" + text + "' is not between 1 and "
                        + "65535");
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in sip: URI '" + text + "'");
        }
        return new SipUri(user, new Address(host, port), portShown);
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
        return "sip:" + (user == null ? "" : user + "@") + (portShown ? address.toString() : address.host());
    }
}
