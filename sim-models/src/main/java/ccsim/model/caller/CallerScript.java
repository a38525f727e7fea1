package ccsim.model.caller;

import ccsim.core.message.MediaScript;

/** What one caller will do once connected to a VoiceXML application: stay this long in self-service. */
public record CallerScript(int callType, double selfServiceSeconds) implements MediaScript {
}
