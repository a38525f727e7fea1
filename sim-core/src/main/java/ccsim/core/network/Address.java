package ccsim.core.network;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a node listens: host name or IP, and port. A value (equal when host and port are); a class
 * rather than a record so that it keeps its {@code host:port} text once made, which SIP URIs, Contact
 * headers and traces ask for again and again.
 */
public final class Address {
    /** A port as written: digits, few enough for an int; the range 1-65535 is the scenario check's to judge. */
    private static final Pattern PORT = Pattern.compile("-?\\d{1,9}");
    private final String host;
    private final int port;
    // made on first use; a race between threads sharing a scenario's address only makes it twice
    private String text;

    public Address(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
    }

    public static Address parse(String hostPort) {
        return tryParse(hostPort).orElseThrow(() -> new IllegalArgumentException("expected host:port, got '"
                + hostPort + "'"));
    }

    /** The address {@code hostPort} names, or empty when it names none (null, no host, a port that is no number). */
    public static Optional<Address> tryParse(String hostPort) {
        int colon = hostPort == null ? -1 : hostPort.lastIndexOf(':');
        if (colon <= 0 || !PORT.matcher(hostPort.substring(colon + 1)).matches()
                || Integer.parseInt(hostPort.substring(colon + 1)) > 65535) {
            return Optional.empty();
        }
        return Optional.of(new Address(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && a.port == port && a.host.equals(host);
    }

    @Override
    public int hashCode() {
        return host.hashCode() * 31 + port;
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = host + ":" + port;
            text = t;
        }
        return t;
    }
}
