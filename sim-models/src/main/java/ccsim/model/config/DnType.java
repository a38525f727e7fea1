package ccsim.model.config;

/** DN types of the SIP Server switch that the models use. */
public enum DnType {
    TRUNK
}
