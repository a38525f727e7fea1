package ccsim.report.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * IPv4 addresses for the hosts of a trace. A host written as an IPv4 address keeps it; a host name
 * (e.g. the guide's {@code techpubs4} Resource Manager) gets one from 198.51.100.0/24, the RFC 5737
 * documentation range, in alphabetical order of the names, so the same trace always maps alike.
 */
public final class HostAddresses {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private final Map<String, byte[]> byHost = new HashMap<>();

    public HostAddresses(Collection<String> hosts) {
        List<String> names = new ArrayList<>();
        for (String h : new TreeSet<>(hosts)) {
            if (IPV4.matcher(h).matches()) {
                String[] parts = h.split("\\.");
                byte[] ip = new byte[4];
                for (int i = 0; i < 4; i++) {
                    ip[i] = (byte) Integer.parseInt(parts[i]);
                }
                byHost.put(h, ip);
            } else {
                names.add(h);
            }
        }
        if (names.size() > 254) {
            throw new IllegalArgumentException("more than 254 host names to map: " + names.size());
        }
        for (int i = 0; i < names.size(); i++) {
            byHost.put(names.get(i), new byte[] {(byte) 198, 51, 100, (byte) (i + 1)});
        }
    }

    public byte[] of(String host) {
        byte[] ip = byHost.get(host);
        if (ip == null) {
            throw new IllegalArgumentException("no address for host " + host);
        }
        return ip.clone();
    }
}
