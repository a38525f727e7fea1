package ccsim.model.config;

import java.time.Duration;
import java.util.List;

/** {@code agents} agents of a group on duty from {@code start} to {@code end}, off for each break. */
public record ShiftConfig(Integer agents, Duration start, Duration end, List<BreakConfig> breaks) {

    public ShiftConfig {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }
}
