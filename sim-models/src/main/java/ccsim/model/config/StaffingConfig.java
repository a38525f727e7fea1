package ccsim.model.config;

import java.time.Duration;
import java.util.List;

/**
 * A staffing profile: how many agents of a group are logged in during each {@code interval} of the day,
 * from the start of the run (what {@code ccsim size --per-interval} answers, and a rostering tool's
 * requirement). An agent logged out mid-call finishes the call first.
 */
public record StaffingConfig(Duration interval, List<Integer> agents) {
    public StaffingConfig {
        agents = agents == null ? List.of() : List.copyOf(agents);
    }

    /** The most agents logged in at once: the group's phones. */
    public int peak() {
        return agents.stream().mapToInt(a -> a == null ? 0 : a).max().orElse(0);
    }
}
