package ccsim.model.faults;

import ccsim.core.network.Address;
import ccsim.model.config.Scenario;

/**
 * guide ch.1 "High Availability": for the combined solution to be highly available, the Resource Manager
 * and SIP Server must stand on separate hosts, each deployed for its own HA service.
 */
public final class HighAvailability {
    private HighAvailability() {
    }

    /** Whether a backup is asked for SIP Server or the RM. */
    public static boolean asked(Scenario s) {
        return s.sipServer().backup() != null || s.resourceManager() != null && s.resourceManager().backup() != null;
    }

    /** Whether HA is asked for while SIP Server and the RM share one host, where neither backup can take over. */
    public static boolean sharedHost(Scenario s) {
        return asked(s) && s.resourceManager() != null && Address.parse(s.sipServer().address()).host()
                .equals(Address.parse(s.resourceManager().address()).host());
    }
}
