package ccsim.core.message;

/**
 * What the far end will do on a media stream once it is connected, e.g. how long a caller stays in
 * a self-service dialog. Models define their own; the network carries it inside the SDP so that an
 * entity learns of caller behaviour the way a real one would, through the call.
 */
public interface MediaScript {
}
