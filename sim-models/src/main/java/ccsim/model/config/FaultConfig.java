package ccsim.model.config;

import ccsim.core.random.Distribution;
import java.time.Duration;

/**
 * A fault: the host of {@code node} goes down at {@code at} and its service is back after
 * {@code downFor} (its repair, or the failover to a backup behind the same address). While down it
 * sends nothing and what reaches it is lost; it comes back knowing nothing of calls.
 */
public record FaultConfig(String node, Duration at, Distribution downFor) {
    /** The nodes a fault may take down. */
    public static final String RESOURCE_MANAGER = "resource-manager";
}
