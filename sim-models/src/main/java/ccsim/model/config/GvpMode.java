package ccsim.model.config;

/** How GVP learns a call's ANI and DNIS (guide ch.1, "What Is the GVP–SIP Server Integration?"). */
public enum GvpMode {
    /** From the INVITE itself (the default and recommended mode). */
    IN_FRONT,
    /** From IVR Server, asked once the call has arrived (guide ch.1, Behind steps 9a-9b). */
    BEHIND
}
