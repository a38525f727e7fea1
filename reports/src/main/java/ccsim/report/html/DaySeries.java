package ccsim.report.html;

import ccsim.core.network.Address;
import ccsim.core.stats.IntervalEstimate;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The series of the report's charts over the day that are not measures of their own: the IPCS pools
 * grouped by size when there are more than three (ten identical lines say less than one), and the
 * forecast the call types' profiles offer in each interval, beside the simulated arrivals.
 */
final class DaySeries {
    /** Up to this many pools, each is its own line. */
    private static final int LINES = 3;

    private DaySeries() {
    }

    private static String busy(IpcsConfig c) {
        return "IPCS " + Address.parse(c.address()).host() + " busy ports";
    }

    /** Pools of each size, in the scenario's order of their first. */
    private static Map<Integer, List<IpcsConfig>> bySize(List<IpcsConfig> pools) {
        Map<Integer, List<IpcsConfig>> out = new LinkedHashMap<>();
        pools.forEach(c -> out.computeIfAbsent(c.ports(), n -> new ArrayList<>()).add(c));
        return out;
    }

    private static String group(int size, int count) {
        return String.format(Locale.ROOT, "busy ports per IPCS, mean of the %d of %,d ports", count, size);
    }

    /** The lines drawn: one per pool, or one per size of pool when there are more than three. */
    static List<String> measures(List<IpcsConfig> pools) {
        if (pools.size() <= LINES) {
            return pools.stream().map(DaySeries::busy).toList();
        }
        return bySize(pools).entrySet().stream().map(e -> group(e.getKey(), e.getValue().size())).toList();
    }

    /**
     * The pools' busy ports per interval: as measured with up to three pools; else, for each size, the mean
     * over its pools of their means, with the widest of their half-widths (conservative: the pools'
     * estimates are not independent, so no narrower interval is claimed).
     */
    static List<IntervalEstimate> of(List<IpcsConfig> pools, List<IntervalEstimate> intervals) {
        if (pools.size() <= LINES) {
            return intervals;
        }
        List<IntervalEstimate> out = new ArrayList<>();
        for (Map.Entry<Integer, List<IpcsConfig>> e : bySize(pools).entrySet()) {
            List<String> names = e.getValue().stream().map(DaySeries::busy).toList();
            Map<Integer, List<IntervalEstimate>> byInterval = new LinkedHashMap<>();
            intervals.stream().filter(x -> names.contains(x.measure()))
                    .forEach(x -> byInterval.computeIfAbsent(x.interval(), k -> new ArrayList<>()).add(x));
            String name = group(e.getKey(), names.size());
            byInterval.forEach((k, xs) -> out.add(new IntervalEstimate(name, "ports", k, xs.get(0).start(),
                    xs.stream().mapToDouble(IntervalEstimate::mean).average().orElse(Double.NaN),
                    xs.stream().mapToDouble(IntervalEstimate::halfWidth).max().orElse(Double.NaN),
                    xs.get(0).replications())));
        }
        return out;
    }

    /**
     * The calls the profiles forecast in each reporting interval (their expected first calls), as the
     * series "forecast"; nothing when no call type follows a profile.
     */
    static List<IntervalEstimate> forecast(Scenario s, List<IntervalEstimate> intervals) {
        if (s.callTypes().stream().noneMatch(ct -> ct.profile() != null)) {
            return List.of();
        }
        double length = s.run().intervalSeconds();
        List<IntervalEstimate> out = new ArrayList<>();
        intervals.stream().filter(x -> x.measure().equals("offered calls")).forEach(x -> {
            double to = Math.min(s.run().horizonSeconds(), x.start() + length);
            double expected = 0;
            for (CallTypeConfig ct : s.callTypes()) {
                expected += ct.arrivalRate().expected(x.start(), to);
            }
            out.add(new IntervalEstimate("forecast", "calls", x.interval(), x.start(), expected, 0, x.replications()));
        });
        return out;
    }
}
