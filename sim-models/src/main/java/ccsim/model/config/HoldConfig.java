package ccsim.model.config;

import ccsim.core.random.Distribution;

/** Agents put a call on hold halfway through the conversation with this probability, for this long. */
public record HoldConfig(Double probability, Distribution duration) {
}
