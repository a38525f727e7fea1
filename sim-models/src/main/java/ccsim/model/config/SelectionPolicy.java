package ccsim.model.config;

/** How the Resource Manager picks the IPCS named in its 302. */
public enum SelectionPolicy {
    /** The next IPCS after the last one chosen that has a free port. */
    ROUND_ROBIN,
    /** The IPCS with the fewest busy ports (the first listed on a tie). */
    LEAST_BUSY
}
