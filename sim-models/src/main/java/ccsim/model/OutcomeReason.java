package ccsim.model;

import ccsim.core.message.SipStatus;

/**
 * Why a call ended as it did, as the caller's side saw it: the status of a final response, the cause of
 * a BYE (RFC 3326 Reason), or the caller's own timer. Each reason belongs to one outcome; the measures
 * count blocked, failed and abandoned calls by reason, so that a configuration error reads as failed, with
 * its cause, and never as blocked.
 */
public enum OutcomeReason {
    SELF_SERVICE(CallOutcome.SERVED_BY_IVR, "self-service", "the IVR application ran its course"),
    CONVERSATION(CallOutcome.SERVED_BY_AGENT, "conversation", "the caller talked with an agent"),
    IN_QUEUE(CallOutcome.ABANDONED, "in queue", "the caller hung up waiting for an agent"),
    RINGING(CallOutcome.ABANDONED, "ringing", "the caller hung up while the call rang on its Routing Point, "
            + "waiting for a port (routing.waitForPort)"),
    BUSY_HERE(CallOutcome.BLOCKED, "486 Busy Here", "refused at entry: no port"),
    SERVICE_UNAVAILABLE(CallOutcome.BLOCKED, "503 Service Unavailable", "refused at entry: no port, or SIP "
            + "Server's overload policy"),
    TEMPORARILY_UNAVAILABLE(CallOutcome.BLOCKED, "480 Temporarily Unavailable", "refused at entry: no route"),
    NO_TREATMENT(CallOutcome.BLOCKED, "no treatment port", "released in queue: Stream Manager had no port for "
            + "the treatment (streamManager.whenFull: release)"),
    FORBIDDEN(CallOutcome.FAILED, "403 Forbidden", "refused at entry by the configuration"),
    NOT_FOUND(CallOutcome.FAILED, "404 Not Found", "no route, DN or application for the number"),
    REQUEST_TIMEOUT(CallOutcome.FAILED, "408 Request Timeout", "a node the call was sent to did not answer"),
    OTHER_STATUS(CallOutcome.FAILED, "another status", "refused at entry with another status"),
    NO_RESPONSE(CallOutcome.FAILED, "no response", "nothing answered the caller's INVITE (Timer B)"),
    NO_ANSWER(CallOutcome.FAILED, "no answer", "the call rang and was never answered (gateway.noAnswerTimeout)"),
    DEAD_LINE(CallOutcome.FAILED, "line went dead", "the media stopped (a node down) and the caller hung up"),
    TRANSFER_REFUSED(CallOutcome.FAILED, "transfer refused", "the transfer to the agent was refused (REFER "
            + "answered 403: sip-refer-to-sst-enabled false, and the gateway's Trunk DN does not take REFER)"),
    RESOURCE_UNAVAILABLE(CallOutcome.FAILED, "resource unavailable", "the application needed a resource its "
            + "IPCS lacks (a capability)"),
    OTHER_CAUSE(CallOutcome.FAILED, "another cause", "ended by the deployment for another cause (RFC 3326 Reason)"),
    GVP_RELEASE(CallOutcome.RELEASED_BY_GVP, "GVP 7.5 release", "GVP 7.5 released the bridged call when the "
            + "agent put it on hold");

    private final CallOutcome outcome;
    private final String label;
    private final String description;

    OutcomeReason(CallOutcome outcome, String label, String description) {
        this.outcome = outcome;
        this.label = label;
        this.description = description;
    }

    public CallOutcome outcome() {
        return outcome;
    }

    public String label() {
        return label;
    }

    /** What the reason means, in a sentence's words. */
    public String description() {
        return description;
    }

    /** The measure counting the calls that ended for this reason, e.g. "calls failed: 404 Not Found". */
    public String measure() {
        return "calls " + outcome.label() + ": " + label;
    }

    /** Whether {@code measure} counts calls by reason: a breakdown of an outcome, shown only where it counted some. */
    public static boolean isBreakdown(String measure) {
        for (OutcomeReason r : values()) {
            if (r.measure().equals(measure)) {
                return true;
            }
        }
        return false;
    }

    /** A final response refusing the caller's INVITE: no port or capacity blocks, anything else fails. */
    public static OutcomeReason ofStatus(int status) {
        return switch (status) {
            case SipStatus.BUSY_HERE -> BUSY_HERE;
            case SipStatus.SERVICE_UNAVAILABLE -> SERVICE_UNAVAILABLE;
            case SipStatus.TEMPORARILY_UNAVAILABLE -> TEMPORARILY_UNAVAILABLE;
            case SipStatus.FORBIDDEN -> FORBIDDEN;
            case SipStatus.NOT_FOUND -> NOT_FOUND;
            case SipStatus.REQUEST_TIMEOUT -> REQUEST_TIMEOUT;
            default -> OTHER_STATUS;
        };
    }
}
