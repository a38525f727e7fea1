package ccsim.model.config;

/**
 * DN types of the SIP Server switch that scenario files declare. Voice Treatment Port DNs (one per
 * IPCS port, from channelIdStart) and agent Extensions (from each agent group's firstDn) are
 * created from the ipcs and agentGroups entries, as the guide's worksheets number them.
 */
public enum DnType {
    TRUNK,
    /** A Trunk Group DN: access code + Access Resource DN of the GVP virtual switch (In-Front, guide ch.3). */
    TRUNK_GROUP,
    ROUTING_POINT,
    VIRTUAL_ROUTING_POINT
}
