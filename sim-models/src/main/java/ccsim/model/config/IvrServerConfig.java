package ccsim.model.config;

/**
 * IVR Server, connected to SIP Server as a client; the mode GVP's IVR Server client runs in; the IVR
 * object that represents the GVP instance, with one IVR port per Voice Treatment Port (guide Tables 11
 * and 12, "GVP" in the guide); and, in In-Front mode, the virtual switch IVR Server is the T-Server of.
 */
public record IvrServerConfig(String address, GvpMode gvpMode, String ivrObject, VirtualSwitchConfig virtualSwitch) {
    public static final String DEFAULT_ADDRESS = "172.21.11.42:9090";

    public IvrServerConfig {
        address = address == null ? DEFAULT_ADDRESS : address;
        gvpMode = gvpMode == null ? GvpMode.IN_FRONT : gvpMode;
        ivrObject = ivrObject == null ? "GVP" : ivrObject;
    }

    public IvrServerConfig(String address, GvpMode gvpMode) {
        this(address, gvpMode, null, null);
    }
}
