package ccsim.core.network;

/** Where a node listens: host name or IP, and port. */
public record Address(String host, int port) {

    public static Address parse(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected host:port, got '" + hostPort + "'");
        }
        try {
            return new Address(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected host:port, got '" + hostPort + "'", e);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
