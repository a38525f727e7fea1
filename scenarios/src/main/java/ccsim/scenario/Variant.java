package ccsim.scenario;

import ccsim.model.config.Scenario;

/** One variant of a what-if comparison: its name and the scenario it makes. */
public record Variant(String name, Scenario scenario) {
}
