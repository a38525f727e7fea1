package ccsim.model.config;

/** IVR Server, connected to SIP Server as a client, and the mode GVP's IVR Server client runs in. */
public record IvrServerConfig(String address, GvpMode gvpMode) {
    public static final String DEFAULT_ADDRESS = "172.21.11.42:9090";

    public IvrServerConfig {
        address = address == null ? DEFAULT_ADDRESS : address;
        gvpMode = gvpMode == null ? GvpMode.IN_FRONT : gvpMode;
    }
}
