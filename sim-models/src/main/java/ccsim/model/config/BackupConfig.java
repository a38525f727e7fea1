package ccsim.model.config;

import ccsim.core.random.Distribution;

/**
 * A backup of a server under its high-availability service (guide ch.1 "High Availability": NLBS for
 * SIP Server, the Windows Cluster Service and its virtual IP for the Resource Manager): when the
 * primary's host fails, the backup serves the same address after {@code failover}.
 */
public record BackupConfig(Distribution failover) {
}
