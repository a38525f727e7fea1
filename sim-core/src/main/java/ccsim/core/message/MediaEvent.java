package ccsim.core.message;

/**
 * A change in what one end hears on an established media stream, with no SIP renegotiation: e.g.
 * the agent's voice reaching the caller through the IPCS that bridges them. It stands for the RTP
 * itself; {@code now} is what the stream carries from here on.
 */
public record MediaEvent(MediaScript now, long call) implements Message {

    @Override
    public String label() {
        return "RTP " + now.getClass().getSimpleName();
    }
}
