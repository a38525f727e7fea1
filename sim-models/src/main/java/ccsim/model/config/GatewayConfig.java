package ccsim.model.config;

/** The media gateway where callers enter. */
public record GatewayConfig(String address, String aniPrefix) {
    public static final String DEFAULT_ADDRESS = "172.21.11.2:5060";

    public GatewayConfig {
        address = address == null ? DEFAULT_ADDRESS : address;
        aniPrefix = aniPrefix == null ? "4165" : aniPrefix;
    }
}
