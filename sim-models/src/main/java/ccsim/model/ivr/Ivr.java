package ccsim.model.ivr;

/** The IVR Server protocol vocabulary between GVP's IVR Server client and IVR Server. */
public final class Ivr {
    /** GVP Behind: GVP asks for the ANI and DNIS of the call on a port (guide ch.1, Behind step 9a). */
    public static final String CALL_INFO_REQUEST = "CallInfoRequest";
    /** The answer: the call's ANI and DNIS (step 9b). */
    public static final String CALL_INFO = "CallInfo";
    /** The VoiceXML routing block asks for a route on a Virtual Routing Point (queuing on GVP, step 1). */
    public static final String ROUTE_REQUEST = "RouteRequest";
    /** The treatment the strategy selected, for GVP to play (queuing on GVP, step 3). */
    public static final String TREATMENT = "Treatment";
    /** The strategy found no route: GVP ends the call. */
    public static final String ROUTE_FAILED = "RouteFailed";
    /** GVP asks IVR Server to transfer the call (TSingleStepTransfer). */
    public static final String TRANSFER_REQUEST = "TransferRequest";

    /** GVP In-Front (UseDNIS) tells IVR Server of a new call on one of its ports, with the called number. */
    public static final String NEW_CALL = "NewCall";
    /** GVP In-Front tells IVR Server that the call on a port has ended. */
    public static final String CALL_RELEASED = "CallReleased";
    /** The strategy's destination for a call on a port: GVP transfers the call there itself (platform transfer). */
    public static final String ROUTE_RESPONSE = "RouteResponse";

    public static final String PORT = "Port";
    public static final String CALLED_NUMBER = "CalledNumber";
    public static final String ANI = "ANI";
    public static final String DNIS = "DNIS";
    public static final String ROUTING_POINT = "RoutingPoint";
    public static final String DESTINATION = "Destination";
    public static final String TREATMENT_TYPE = "TreatmentType";

    private Ivr() {
    }
}
