package ccsim.model.config;

import ccsim.core.random.Distribution;

/**
 * Agents pass this share of their calls on at the end of the conversation: they put the caller on hold,
 * consult for the {@code consultation} time, then transfer the call to the agent Routing Point, where
 * another agent takes it (an agent's transfer; seed ch.1 "Limitations for GVP 7.5 Only").
 */
public record OnwardTransferConfig(Double probability, Distribution consultation) {
}
