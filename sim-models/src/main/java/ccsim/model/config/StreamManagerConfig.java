package ccsim.model.config;

/**
 * Stream Manager: the port pool that plays treatments to callers queued on SIP Server, and what the
 * strategy does with a queued caller when every port is busy (default: it keeps waiting, without music).
 */
public record StreamManagerConfig(String address, Integer ports, StreamManagerFull whenFull) {

    public StreamManagerConfig {
        whenFull = whenFull == null ? StreamManagerFull.KEEP_WAITING : whenFull;
    }

    public StreamManagerConfig(String address, Integer ports) {
        this(address, ports, null);
    }
}
