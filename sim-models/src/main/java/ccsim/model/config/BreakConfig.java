package ccsim.model.config;

import java.time.Duration;

/** A break within a shift: from {@code start} for {@code length}. */
public record BreakConfig(Duration start, Duration length) {
}
