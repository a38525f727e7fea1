package ccsim.model.ivr;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.KvList;
import ccsim.core.network.Address;
import ccsim.model.cti.Cti;
import ccsim.model.cti.CtiClient;
import ccsim.model.cti.EventListeners;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IVR Server In-Front: the T-Server of the Virtual Switch for IVR In-Front (guide ch.3, Table 6 steps
 * 1-4). Its DNs are GVP's Voice Treatment Ports, which Stat Server follows and URS routes to, and the
 * Routing Points GVP asks for agents on. It is the far end of SIP Server's ISCC DNIS pooling: it
 * lends an Access Resource for each call routed to one of its ports and matches the call when GVP
 * reports it (UseDNIS: the called number is the Access Resource, compared on its last
 * {@code dnis-tail} digits). Routes its strategies choose on the SIP Server switch go back by ISCC
 * through SIP Server's External Routing Point, which GVP transfers the call to (platform transfer).
 */
public final class IvrServerInFront extends CtiClient {

    /** A call routed to a port, waiting for GVP to report it, and the Access Resource it holds. */
    private record InTransit(long connId, long call, String port, String ani, String dnis, String accessNumber) {
    }

    /** A call on a port: the Framework call it was matched to, and where GVP's client is. */
    private static final class PortCall {
        final InTransit routed;
        final Address gvp;
        String queuedOn;
        String lastQueuedOn;

        PortCall(InTransit routed, Address gvp) {
            this.routed = routed;
            this.gvp = gvp;
        }
    }

    private final Address sipServer;
    private final Address urs;
    private final Set<String> ports;
    private final int dnisTail;
    private final ArrayDeque<String> freeAccessResources;
    private final Map<String, InTransit> inTransitByDnis = new HashMap<>();
    private final Map<Long, InTransit> inTransitByConnId = new HashMap<>();
    /** GVP's ports with their calls, by the IVR port GVP reports. */
    private final Map<String, PortCall> byGvpPort = new HashMap<>();
    private final Map<Long, String> gvpPortByConnId = new HashMap<>();
    private final EventListeners listeners = new EventListeners();
    private final Map<String, String> busyPorts = new LinkedHashMap<>();
    private long unmatched;
    private long noAccessResource;

    /**
     * @param ports           the Voice Treatment Port DNs of the virtual switch
     * @param accessResources the Access Resource DNs of its DNIS pool
     * @param dnisTail        the trailing digits of the called number compared when matching
     */
    public IvrServerInFront(Address address, Address sipServer, Address urs, Set<String> ports,
                            List<String> accessResources, int dnisTail) {
        super(address, "IVR Server");
        this.sipServer = sipServer;
        this.urs = urs;
        this.ports = new HashSet<>(ports);
        this.dnisTail = dnisTail;
        this.freeAccessResources = new ArrayDeque<>(accessResources);
    }

    /** Calls GVP reported that no routed call matched. */
    public long unmatched() {
        return unmatched;
    }

    /** Routings to GVP refused because every Access Resource was lent to a call in transit. */
    public long noAccessResource() {
        return noAccessResource;
    }

    @Override
    protected void onCti(CtiMessage m, Address from) {
        switch (m.name()) {
            case Cti.REQUEST_REGISTER_CLIENT -> {
                if (!Cti.ROLE_ROUTER.equals(m.attributes().get(Cti.ROLE))) {
                    listeners.monitorEveryDn(from);
                }
            }
            case Cti.REQUEST_SET_INPUT_MASK -> listeners.setMask(from, m);
            case Cti.ISCC_REQUEST_ACCESS -> lendAccessResource(m, from);
            case Cti.ISCC_REQUEST_CANCEL -> {
                InTransit t = inTransitByConnId.get(m.connId());
                if (t != null) {
                    returnAccessResource(t);
                }
            }
            case Cti.REQUEST_APPLY_TREATMENT -> onTreatment(m);
            case Cti.REQUEST_ROUTE_CALL -> onRouteCall(m);
            case Cti.ISCC_EVENT_ACCESS -> onExternalRoute(m);
            case Cti.EVENT_ERROR -> onRouteFailed(m);
            default -> throw new IllegalStateException("IVR Server does not handle " + m.name() + " from " + from);
        }
    }

    /** guide ch.3, Figure 27: route type DNIS Pooling; the call will arrive with the Access Resource as its DNIS. */
    private void lendAccessResource(CtiMessage m, Address from) {
        String port = m.attributes().get(Cti.OTHER_DN);
        String accessNumber = freeAccessResources.pollFirst();
        if (accessNumber == null || !ports.contains(port)) {
            noAccessResource += accessNumber == null ? 1 : 0;
            if (accessNumber != null) {
                freeAccessResources.addFirst(accessNumber);
            }
            send(from, Cti.routeError(m.connId(), m.call(), port,
                    accessNumber == null ? Cti.REASON_NO_ACCESS_RESOURCE : Cti.REASON_REFUSED));
            return;
        }
        InTransit t = new InTransit(m.connId(), m.call(), port, m.attributes().getOrDefault(Cti.ANI, ""),
                m.attributes().getOrDefault(Cti.DNIS, ""), accessNumber);
        inTransitByDnis.put(tail(accessNumber), t);
        inTransitByConnId.put(t.connId(), t);
        send(from, Cti.message(Cti.ISCC_EVENT_ACCESS, m.connId(), m.call(), KvList.of(Cti.ACCESS_NUMBER, accessNumber,
                Cti.OTHER_DN, port)));
    }

    private void returnAccessResource(InTransit t) {
        inTransitByDnis.remove(tail(t.accessNumber()));
        inTransitByConnId.remove(t.connId());
        freeAccessResources.addLast(t.accessNumber());
    }

    private String tail(String number) {
        return number.length() <= dnisTail ? number : number.substring(number.length() - dnisTail);
    }

    @Override
    protected void onIvr(IvrMessage m, Address from) {
        String gvpPort = m.fields().get(Ivr.PORT);
        switch (m.name()) {
            case Ivr.NEW_CALL -> onNewCall(gvpPort, m, from);
            case Ivr.CALL_RELEASED -> onCallReleased(gvpPort);
            case Ivr.ROUTE_REQUEST -> onRouteRequest(gvpPort, m, from);
            default -> throw new IllegalStateException("IVR Server does not handle " + m.name() + " from " + from);
        }
    }

    /** guide ch.3, "Configuring the IVR Server Client for the In-Front mode": UseDNIS puts the DNIS in the called number. */
    private void onNewCall(String gvpPort, IvrMessage m, Address gvp) {
        InTransit t = inTransitByDnis.get(tail(m.fields().getOrDefault(Ivr.CALLED_NUMBER, "")));
        if (t == null) {
            unmatched++;
            return;
        }
        returnAccessResource(t);
        byGvpPort.put(gvpPort, new PortCall(t, gvp));
        gvpPortByConnId.put(t.connId(), gvpPort);
        busyPorts.put(t.port(), gvpPort);
        portEvent(Cti.EVENT_RINGING, t);
        portEvent(Cti.EVENT_ESTABLISHED, t);
    }

    private void onCallReleased(String gvpPort) {
        PortCall c = byGvpPort.remove(gvpPort);
        if (c == null) {
            return;
        }
        gvpPortByConnId.remove(c.routed.connId());
        busyPorts.remove(c.routed.port());
        if (c.queuedOn != null) {
            // the caller hung up while GVP played the queue treatment
            send(urs, Cti.message(Cti.EVENT_ABANDONED, c.routed.connId(), c.routed.call(), KvList.of(Cti.THIS_DN,
                    c.queuedOn)));
        }
        portEvent(Cti.EVENT_RELEASED, c.routed);
    }

    private void portEvent(String name, InTransit t) {
        listeners.tell(listeners.audienceOf(t.port()), Cti.message(name, t.connId(), t.call(),
                KvList.of(Cti.THIS_DN, t.port())), this::send);
    }

    /** guide ch.3, "Creating the voice self-service application": the URS block asks for a route on Routing Point 1051. */
    private void onRouteRequest(String gvpPort, IvrMessage m, Address gvp) {
        PortCall c = byGvpPort.get(gvpPort);
        if (c == null) {
            send(gvp, new IvrMessage(Ivr.ROUTE_FAILED, KvList.of(Ivr.PORT, gvpPort), m.call()));
            return;
        }
        c.queuedOn = m.fields().get(Ivr.ROUTING_POINT);
        c.lastQueuedOn = c.queuedOn;
        askUrs(c);
    }

    private void askUrs(PortCall c) {
        InTransit t = c.routed;
        send(urs, Cti.message(Cti.EVENT_ROUTE_REQUEST, t.connId(), t.call(), KvList.of(Cti.THIS_DN, c.queuedOn, Cti.ANI,
                t.ani(), Cti.DNIS, t.dnis())));
    }

    private PortCall byConnId(long connId) {
        String gvpPort = gvpPortByConnId.get(connId);
        return gvpPort == null ? null : byGvpPort.get(gvpPort);
    }

    /** Queuing on GVP with a Routing Point (guide ch.1, In-Front): the port plays the strategy's treatment. */
    private void onTreatment(CtiMessage m) {
        PortCall c = byConnId(m.connId());
        if (c != null) {
            send(c.gvp, new IvrMessage(Ivr.TREATMENT, KvList.of(Ivr.PORT, gvpPortByConnId.get(m.connId()),
                    Ivr.TREATMENT_TYPE, m.attributes().getOrDefault(Cti.TREATMENT_TYPE, "")), m.call()));
        }
    }

    /** The strategy chose an agent on the SIP Server switch: ISCC route type Route through SIP Server (Figure 30). */
    private void onRouteCall(CtiMessage m) {
        PortCall c = byConnId(m.connId());
        String target = m.attributes().get(Cti.OTHER_DN);
        if (c == null) {
            callGone(urs, m);
            return;
        }
        c.queuedOn = null;
        if (Cti.ROUTE_TYPE_REJECT.equals(m.attributes().get(Cti.ROUTE_TYPE))) {
            send(c.gvp, new IvrMessage(Ivr.ROUTE_FAILED, KvList.of(Ivr.PORT, gvpPortByConnId.get(m.connId())), m.call()));
            return;
        }
        send(sipServer, Cti.message(Cti.ISCC_REQUEST_ACCESS, m.connId(), m.call(), KvList.of(Cti.OTHER_DN, target)));
    }

    /** SIP Server reserved its External Routing Point: GVP transfers the call there (Transfer Option SIPRefer). */
    private void onExternalRoute(CtiMessage m) {
        PortCall c = byConnId(m.connId());
        if (c != null) {
            send(c.gvp, new IvrMessage(Ivr.ROUTE_RESPONSE, KvList.of(Ivr.PORT, gvpPortByConnId.get(m.connId()),
                    Ivr.DESTINATION, m.attributes().get(Cti.ACCESS_NUMBER)), m.call()));
        }
    }

    /**
     * SIP Server could not take the call to the agent: URS learns of it; a call still on its port and
     * refused by the agent waits on its Routing Point again.
     */
    private void onRouteFailed(CtiMessage m) {
        send(urs, m);
        PortCall c = byConnId(m.connId());
        if (c != null && c.lastQueuedOn != null && Cti.REASON_REFUSED.equals(m.attributes().get(Cti.REASON))) {
            c.queuedOn = c.lastQueuedOn;
            askUrs(c);
        }
    }

    /** Access Resources lent to calls not yet matched. */
    public int accessResourcesLent() {
        return inTransitByConnId.size();
    }

    /** Voice Treatment Ports with a call, and the GVP port each call is on. */
    public Map<String, String> busyPorts() {
        return Map.copyOf(busyPorts);
    }
}
