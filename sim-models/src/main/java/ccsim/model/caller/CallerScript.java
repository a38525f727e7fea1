package ccsim.model.caller;

import ccsim.core.message.MediaScript;

/**
 * What one caller will do once connected: stay {@code selfServiceSeconds} in the VoiceXML
 * application, then, if {@code wantsAgent}, wait up to {@code patienceSeconds} (infinite when the
 * caller never gives up) for an agent and talk with it for {@code talkSeconds}.
 */
public record CallerScript(int callType, double selfServiceSeconds, boolean wantsAgent, double patienceSeconds,
                           double talkSeconds) implements MediaScript {

    /** A caller who only uses self-service. */
    public static CallerScript selfServiceOnly(int callType, double selfServiceSeconds) {
        return new CallerScript(callType, selfServiceSeconds, false, Double.POSITIVE_INFINITY, 0);
    }
}
