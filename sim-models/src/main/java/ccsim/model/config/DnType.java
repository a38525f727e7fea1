package ccsim.model.config;

/**
 * DN types of the SIP Server switch that scenario files declare. Voice Treatment Port DNs (one per
 * IPCS port, from channelIdStart) and agent Extensions (from each agent group's firstDn) are
 * created from the ipcs and agentGroups entries, as the seed's worksheets number them.
 */
public enum DnType {
    TRUNK,
    ROUTING_POINT,
    VIRTUAL_ROUTING_POINT
}
