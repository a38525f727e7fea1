package ccsim.model.media;

import ccsim.core.message.MediaScript;

/**
 * The RTP a receiver was getting has stopped with no BYE to say so: its sender's host died, or the
 * sender gave up on a dialog whose BYE nobody answered. The receiver hears silence from here on.
 */
public record StreamStopped() implements MediaScript {
}
