package ccsim.model.config;

import java.util.List;

/**
 * The Virtual Switch for IVR In-Front whose T-Server is IVR Server (guide ch.3, Table 11). Its Voice
 * Treatment Port DNs (one per GVP port, from each IPCS's channelIdStart) form the Place Group routing
 * targets; calls reach them from the SIP Server switch by ISCC DNIS pooling through the Access Resource
 * DNs (SIP Server routes each to the Trunk Group DN numbered access code + Access Resource), and leave
 * them for agents on the SIP Server switch through its External Routing Point.
 *
 * @param name                 the switch and its Place Group (GVP_EE_IP_VIRTUAL in the guide)
 * @param accessCode           the SIP Server switch's Access Code to this switch (empty in the guide)
 * @param accessResources      the Access Resource DNs of the DNIS pool (4618 in the guide)
 * @param dnisTail             how many trailing DNIS digits IVR Server matches on (ISCC dnis-tail, 4)
 * @param externalRoutingPoint the External Routing Point on the SIP Server switch (4612 in the guide)
 * @param routingPoints        Routing Points of this switch whose strategies select agents (1051)
 */
public record VirtualSwitchConfig(String name, String accessCode, List<String> accessResources, Integer dnisTail,
                                  String externalRoutingPoint, List<String> routingPoints) {

    public VirtualSwitchConfig {
        name = name == null ? "GVP_EE_IP_VIRTUAL" : name;
        accessCode = accessCode == null ? "" : accessCode;
        accessResources = accessResources == null ? List.of() : List.copyOf(accessResources);
        dnisTail = dnisTail == null ? 4 : dnisTail;
        routingPoints = routingPoints == null ? List.of() : List.copyOf(routingPoints);
    }

    /** The Trunk Group DN on the SIP Server switch for an Access Resource: access code + resource (guide ch.3). */
    public String trunkGroupDn(String accessResource) {
        return accessCode + accessResource;
    }
}
