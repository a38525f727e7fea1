package ccsim.model.config;

import ccsim.core.random.Distribution;

/**
 * Agents pass this share of their calls on at the end of the conversation: they put the caller on hold,
 * consult for the {@code consultation} time, then transfer the call to {@code routingPoint} of SIP
 * Server: by default the agent Routing Point, where another agent takes it (an agent's transfer; guide
 * ch.1 "Limitations for GVP 7.5 Only"); an inbound Routing Point sends the caller back to GVP (calls
 * transferred to and from GVP several times, guide ch.3 "Enabling call matching for multiple transfers").
 */
public record OnwardTransferConfig(Double probability, Distribution consultation, String routingPoint) {

    public OnwardTransferConfig(Double probability, Distribution consultation) {
        this(probability, consultation, null);
    }
}
