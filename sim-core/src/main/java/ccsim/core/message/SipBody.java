package ccsim.core.message;

/** The body of a SIP message: an SDP offer/answer or a dialog-state notification. */
public sealed interface SipBody permits SessionDescription, DialogInfo {
}
