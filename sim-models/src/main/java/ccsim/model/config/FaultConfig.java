package ccsim.model.config;

import ccsim.core.random.Distribution;
import java.time.Duration;

/**
 * A fault (guide ch.1 "High Availability"): a node, or every node on a host, goes down at {@code at},
 * and again {@code every} after each repair when that is given (a failure process), and is back after
 * {@code downFor} (its repair), or after its backup's failover time when it has a backup that can take
 * over. SIP Server is cut off and resumes with its calls (its HA pair keeps them); the Resource
 * Manager, an IPCS and Stream Manager crash and come back knowing nothing.
 *
 * @param node    {@code sip-server}, {@code resource-manager}, {@code stream-manager} or {@code ipcs[k]}
 * @param host    instead of a node: the host (address without port) whose every node fails together
 * @param at      the first failure; without it, the first comes {@code every} after the start
 * @param every   the time from a repair to the next failure; absent: one failure
 * @param downFor the repair time
 */
public record FaultConfig(String node, String host, Duration at, Distribution every, Distribution downFor) {
    public static final String SIP_SERVER = "sip-server";
    public static final String RESOURCE_MANAGER = "resource-manager";
    public static final String STREAM_MANAGER = "stream-manager";
    /** An IPCS by its place in the scenario's list, e.g. {@code ipcs[0]}. */
    public static final String IPCS_PATTERN = "ipcs\\[(\\d+)]";

    /** One failure of a node at a fixed time. */
    public FaultConfig(String node, Duration at, Distribution downFor) {
        this(node, null, at, null, downFor);
    }
}
