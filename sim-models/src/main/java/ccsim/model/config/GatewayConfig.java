package ccsim.model.config;

import java.time.Duration;

/**
 * The media gateway where callers enter; {@code silenceTimeout} is how long a caller listens to a dead
 * line (the media stopped with no BYE) before hanging up (default 10 s).
 */
public record GatewayConfig(String address, String aniPrefix, Duration silenceTimeout) {
    public static final String DEFAULT_ADDRESS = "172.21.11.2:5060";

    public GatewayConfig {
        address = address == null ? DEFAULT_ADDRESS : address;
        aniPrefix = aniPrefix == null ? "4165" : aniPrefix;
        silenceTimeout = silenceTimeout == null ? Duration.ofSeconds(10) : silenceTimeout;
    }

    public GatewayConfig(String address, String aniPrefix) {
        this(address, aniPrefix, null);
    }
}
