package ccsim.model.config;

import ccsim.core.random.Distribution;

/** A blocked or abandoned caller calls again with {@code probability}, after {@code delay}. */
public record RedialConfig(Double probability, Distribution delay) {
}
