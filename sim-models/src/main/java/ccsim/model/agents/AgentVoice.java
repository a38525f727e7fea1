package ccsim.model.agents;

import ccsim.core.message.MediaScript;

/** The media of an agent's phone: what a caller hears once connected to agent {@code dn}. */
public record AgentVoice(String dn) implements MediaScript {
}
