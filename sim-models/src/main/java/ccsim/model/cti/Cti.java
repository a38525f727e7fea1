package ccsim.model.cti;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.KvList;
import java.util.Map;

/**
 * The T-Library vocabulary the models use: message names, attribute keys and the user-data keys
 * of the GVP integration (guide ch.2, "Configuring the Resource Manager interaction").
 */
public final class Cti {
    // events, SIP Server to its clients
    public static final String EVENT_ROUTE_REQUEST = "EventRouteRequest";
    public static final String EVENT_TREATMENT_END = "EventTreatmentEnd";
    public static final String EVENT_TREATMENT_NOT_APPLIED = "EventTreatmentNotApplied";
    public static final String EVENT_RINGING = "EventRinging";
    public static final String EVENT_ESTABLISHED = "EventEstablished";
    public static final String EVENT_RELEASED = "EventReleased";
    public static final String EVENT_ABANDONED = "EventAbandoned";
    public static final String EVENT_AGENT_READY = "EventAgentReady";
    public static final String EVENT_AGENT_NOT_READY = "EventAgentNotReady";
    public static final String EVENT_ERROR = "EventError";
    public static final String EVENT_REGISTERED = "EventRegistered";
    // requests, clients to SIP Server
    /** A client that monitors (Stat Server) hears of events on every DN; a router (URS) of its requests. */
    public static final String REQUEST_REGISTER_CLIENT = "RequestRegisterClient";
    /** T-Library TRegisterAddress: the client hears of the events on {@link #THIS_DN} from now on. */
    public static final String REQUEST_REGISTER_ADDRESS = "RequestRegisterAddress";
    /** T-Library TSetInputMask: the client hears only of the event types listed in {@link #EVENTS}. */
    public static final String REQUEST_SET_INPUT_MASK = "RequestSetInputMask";
    public static final String REQUEST_APPLY_TREATMENT = "RequestApplyTreatment";
    public static final String REQUEST_ROUTE_CALL = "RequestRouteCall";
    public static final String REQUEST_AGENT_READY = "RequestAgentReady";
    public static final String REQUEST_AGENT_NOT_READY = "RequestAgentNotReady";
    /** An agent asks SIP Server to bring GVP into its call for {@link #DURATION} seconds (a conference). */
    public static final String REQUEST_CONFERENCE_GVP = "RequestConferenceGvp";
    // ISCC between T-Servers (guide ch.3, access codes): the origin asks the destination for an access
    // number to route a call to one of its DNs, routes the call there, and the destination matches it
    public static final String ISCC_REQUEST_ACCESS = "RequestIsccAccess";
    public static final String ISCC_EVENT_ACCESS = "EventIsccAccess";
    public static final String ISCC_REQUEST_CANCEL = "RequestIsccCancel";
    // Stat Server to its clients
    public static final String EVENT_INFO = "EventInfo";

    // attributes
    public static final String THIS_DN = "ThisDN";
    public static final String OTHER_DN = "OtherDN";
    public static final String ANI = "ANI";
    public static final String DNIS = "DNIS";
    public static final String ROLE = "Role";
    public static final String TREATMENT_TYPE = "TreatmentType";
    public static final String ROUTE_TYPE = "RouteType";
    public static final String WORK_MODE = "WorkMode";
    public static final String STATE = "State";
    public static final String REASON = "Reason";
    public static final String ACCESS_NUMBER = "AccessNumber";
    public static final String DURATION = "Duration";
    /** Event names, comma-separated (see {@link #inputMask}). */
    public static final String EVENTS = "Events";

    // values
    public static final String ROLE_ROUTER = "router";
    public static final String ROLE_MONITOR = "monitor";
    public static final String TREATMENT_PLAY_APPLICATION = "PlayApplication";
    public static final String TREATMENT_MUSIC = "Music";
    public static final String ROUTE_TYPE_REJECT = "Reject";
    public static final String WORK_MODE_AFTER_CALL_WORK = "AfterCallWork";
    public static final String STATE_READY = "Ready";
    public static final String STATE_NOT_READY = "NotReady";
    public static final String STATE_FREE = "Free";
    public static final String WORK_MODE_LOGGED_OUT = "LoggedOut";
    /** EventError reasons: the call was gone before it was delivered, or the target refused it. */
    public static final String REASON_CALL_GONE = "CallGone";
    public static final String REASON_REFUSED = "Refused";
    /** ISCC: every Access Resource of the DNIS pool is reserved for a call in transit. */
    public static final String REASON_NO_ACCESS_RESOURCE = "NoAccessResource";
    /** ISCC: the call reached the access number but could not be matched to the routing request. */
    public static final String REASON_NOT_MATCHED = "NotMatched";

    // user data of the PlayApplication treatment towards the Resource Manager (guide ch.2, Figures 15-16)
    public static final String GSIP_APP_ID = "GSIP_APP_ID";
    public static final String GSIP_APP_ID_RESOURCE_MANAGER = "501";
    public static final String GSIP_RM_URI = "GSIP_RM_URI";
    public static final String GSIP_APPDATA_RM_IPCSID = "GSIP_APPDATA_RM_IPCSID";
    public static final String GSIP_APPDATA_RM_IPCSCONTACT = "GSIP_APPDATA_RM_IPCSCONTACT";

    private Cti() {
    }

    /** A message about the T-Server call {@code connId} of simulated call {@code call}, with no user data. */
    public static CtiMessage message(String name, long connId, long call, Map<String, String> attributes) {
        return new CtiMessage(name, connId, attributes, KvList.of(), call);
    }

    /** EventError: the call {@code connId} routed to {@code dn} did not get there, for {@code reason}. */
    public static CtiMessage routeError(long connId, long call, String dn, String reason) {
        return message(EVENT_ERROR, connId, call, KvList.of(OTHER_DN, dn, REASON, reason));
    }

    /** TSetInputMask: the client asks to hear only of {@code events} from now on. */
    public static CtiMessage inputMask(String... events) {
        return message(REQUEST_SET_INPUT_MASK, KvList.of(EVENTS, String.join(",", events)));
    }

    /** A message about no call, e.g. registration or agent state. */
    public static CtiMessage message(String name, Map<String, String> attributes) {
        return new CtiMessage(name, 0, attributes, KvList.of(), 0);
    }

    public static String thisDn(CtiMessage m) {
        return m.attributes().get(THIS_DN);
    }
}
