package ccsim.model.config;

import java.time.Duration;

/**
 * The media gateway where callers enter. {@code silenceTimeout} is how long a caller listens to a dead
 * line (the media stopped with no BYE) before hanging up (default 10 s). {@code noAnswerTimeout} is how
 * long a caller whose call got a provisional response (100 Trying, 180 Ringing) but no final one keeps
 * listening before hanging up (default 3 min, RFC 3261's Timer C and a gateway's usual ring-no-answer
 * timer): the guide does not say, and without it a caller whose final response was lost with a dead
 * host would wait forever.
 */
public record GatewayConfig(String address, String aniPrefix, Duration silenceTimeout, Duration noAnswerTimeout) {
    public static final String DEFAULT_ADDRESS = "172.21.11.2:5060";

    public GatewayConfig {
        address = address == null ? DEFAULT_ADDRESS : address;
        aniPrefix = aniPrefix == null ? "4165" : aniPrefix;
        silenceTimeout = silenceTimeout == null ? Duration.ofSeconds(10) : silenceTimeout;
        noAnswerTimeout = noAnswerTimeout == null ? Duration.ofMinutes(3) : noAnswerTimeout;
    }

    public GatewayConfig(String address, String aniPrefix) {
        this(address, aniPrefix, null, null);
    }
}
