package ccsim.model.config;

import ccsim.core.random.Distribution;

/** The latency between two hosts (either direction). */
public record LinkConfig(String between, String and, Distribution latency) {
}
