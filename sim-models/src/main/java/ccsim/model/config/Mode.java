package ccsim.model.config;

/** The GVP–SIP Server integration mode (guide ch.1). */
public enum Mode {
    /** Pure self-service: SIP Server proxies calls to GVP through the Resource Manager (guide ch.4). */
    STAND_ALONE,
    /** IVR Server behind the switch, agents on SIP Server (guide ch.2). */
    BEHIND,
    /** IVR Server in front, GVP as a virtual switch (guide ch.3). */
    IN_FRONT
}
