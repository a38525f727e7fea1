package ccsim.core.message;

import java.util.Map;

/**
 * A message of the IVR Server protocol between GVP (the IPCS's IVR Server client) and IVR Server:
 * a name (RouteRequest, Treatment, CallInfo, ...) and its fields, e.g. the IVR port (the Voice
 * Treatment Port DN) the call is on.
 */
public record IvrMessage(String name, Map<String, String> fields, long call) implements Message {

    public IvrMessage {
        fields = KvList.copyOf(fields);
    }

    @Override
    public String label() {
        return name;
    }
}
