package ccsim.model.config;

/** How a strategy picks a Voice Treatment Port among the free ones of its target Place Groups. */
public enum PortSelection {
    /** The first free port, Place Groups in file order, ports in the order they became free. */
    FIRST_FREE,
    /** Any free port of any target Place Group, each equally likely. */
    RANDOM
}
