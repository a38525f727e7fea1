package ccsim.core.message;

/** SIP request methods (RFC 3261 and the extensions the integration uses). */
public enum SipMethod {
    INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, REFER, NOTIFY, SUBSCRIBE, INFO, UPDATE
}
