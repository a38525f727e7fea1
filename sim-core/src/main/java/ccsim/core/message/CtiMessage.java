package ccsim.core.message;

import java.util.Map;

/**
 * A T-Library style message: an event or request name (EventRinging, RequestRouteCall, ...),
 * the connection id, attributes (ThisDN, OtherDN, ...) and user data (e.g. GSIP_APPDATA_RM_IPCSID).
 */
public record CtiMessage(String name, long connId, Map<String, String> attributes, Map<String, String> userData,
                         long call) implements Message {

    public CtiMessage {
        attributes = KvList.copyOf(attributes);
        userData = KvList.copyOf(userData);
    }

    @Override
    public String label() {
        return name;
    }
}
