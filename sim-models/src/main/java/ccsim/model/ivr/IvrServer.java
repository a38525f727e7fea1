package ccsim.model.ivr;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.KvList;
import ccsim.core.network.Address;
import ccsim.model.cti.Cti;
import ccsim.model.cti.CtiClient;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IVR Server in Behind mode (guide ch.2, "Setting the IVR Server to Behind mode"): a client of SIP
 * Server that follows the calls on GVP's Voice Treatment Ports, and GVP's gateway to the Genesys
 * Framework. It answers GVP's requests for call data (GVP Behind, steps 9a-9b), acts as the T-Server
 * of the Virtual Routing Point towards URS for queuing on GVP, and turns routing decisions and GVP's
 * transfer requests into single-step transfers on SIP Server.
 */
public final class IvrServer extends CtiClient {
    /** IVR Server asks SIP Server to move a call from one DN to another with this request. */
    public static final String REQUEST_SINGLE_STEP_TRANSFER = "RequestSingleStepTransfer";

    /** What IVR Server knows of the call on one port. */
    private static final class PortCall {
        final long connId;
        final long call;
        final String ani;
        final String dnis;
        Address gvp;
        String queuedOn;
        String lastQueuedOn;

        PortCall(long connId, long call, String ani, String dnis) {
            this.connId = connId;
            this.call = call;
            this.ani = ani;
            this.dnis = dnis;
        }
    }

    private final Address sipServer;
    private final Address urs;
    private final List<String> ports;
    // a port's call comes and goes with each call: open addressing makes no entry object per call
    private final Map<String, PortCall> byPort;
    private final Long2ObjectMap<String> portByConnId = new Long2ObjectOpenHashMap<>();
    private final Map<String, Address> pendingInfo = new HashMap<>();

    public IvrServer(Address address, Address sipServer, Address urs, Set<String> ports) {
        super(address, "IVR Server");
        this.sipServer = sipServer;
        this.urs = urs;
        this.ports = ports.stream().sorted().toList();
        // room for every port at once: the map never grows or shrinks as the day's load comes and goes
        this.byPort = new Object2ObjectOpenHashMap<>(ports.size());
    }

    /**
     * Registers the Voice Treatment Ports with SIP Server, one DN at a time as T-Library clients do: the
     * IVR Server hears of calls on its ports and not of the agents' DNs, and of a call's ringing and
     * release (its input mask), not of its answer.
     */
    public void start() {
        for (String port : ports) {
            send(sipServer, Cti.message(Cti.REQUEST_REGISTER_ADDRESS, KvList.of(Cti.THIS_DN, port)));
        }
        send(sipServer, Cti.inputMask(Cti.EVENT_RINGING, Cti.EVENT_RELEASED));
    }

    @Override
    protected void onCti(CtiMessage m, Address from) {
        switch (m.name()) {
            case Cti.EVENT_RINGING -> onRinging(m);
            case Cti.EVENT_RELEASED -> onReleased(m);
            case Cti.REQUEST_APPLY_TREATMENT -> onTreatment(m);
            case Cti.REQUEST_ROUTE_CALL -> onRouteCall(m);
            case Cti.EVENT_ERROR -> onTransferFailed(m);
            case Cti.EVENT_REGISTERED -> { }
            default -> throw new IllegalStateException("IVR Server does not handle " + m.name() + " from " + from);
        }
    }

    private void onRinging(CtiMessage m) {
        String port = Cti.thisDn(m);
        PortCall c = new PortCall(m.connId(), m.call(), m.attributes().getOrDefault(Cti.ANI, ""),
                m.attributes().getOrDefault(Cti.DNIS, ""));
        byPort.put(port, c);
        portByConnId.put(c.connId, port);
        Address waiting = pendingInfo.remove(port);
        if (waiting != null) {
            sendCallInfo(port, c, waiting);
        }
    }

    private void onReleased(CtiMessage m) {
        String port = Cti.thisDn(m);
        PortCall c = byPort.remove(port);
        if (c == null) {
            return;
        }
        portByConnId.remove(c.connId);
        if (c.queuedOn != null) {
            // the caller hung up while GVP played the queue treatment
            send(urs, Cti.message(Cti.EVENT_ABANDONED, c.connId, c.call, KvList.of(Cti.THIS_DN, c.queuedOn)));
        }
    }

    @Override
    protected void onIvr(IvrMessage m, Address from) {
        String port = m.fields().get(Ivr.PORT);
        switch (m.name()) {
            case Ivr.CALL_INFO_REQUEST -> {
                PortCall c = byPort.get(port);
                if (c == null || c.call != m.call()) {
                    // SIP Server's EventRinging for this call is still on its way: answer when it comes
                    pendingInfo.put(port, from);
                } else {
                    sendCallInfo(port, c, from);
                }
            }
            case Ivr.ROUTE_REQUEST -> onRouteRequest(port, m, from);
            case Ivr.TRANSFER_REQUEST -> transfer(port, m.fields().get(Ivr.DESTINATION));
            default -> throw new IllegalStateException("IVR Server does not handle " + m.name() + " from " + from);
        }
    }

    private void sendCallInfo(String port, PortCall c, Address gvp) {
        send(gvp, new IvrMessage(Ivr.CALL_INFO, KvList.of(Ivr.PORT, port, Ivr.ANI, c.ani, Ivr.DNIS, c.dnis), c.call));
    }

    /** guide ch.1, queuing on GVP step 1: the routing block asks for a route on the Virtual Routing Point. */
    private void onRouteRequest(String port, IvrMessage m, Address gvp) {
        PortCall c = byPort.get(port);
        if (c == null) {
            send(gvp, new IvrMessage(Ivr.ROUTE_FAILED, KvList.of(Ivr.PORT, port), m.call()));
            return;
        }
        c.gvp = gvp;
        c.queuedOn = m.fields().get(Ivr.ROUTING_POINT);
        c.lastQueuedOn = c.queuedOn;
        send(urs, Cti.message(Cti.EVENT_ROUTE_REQUEST, c.connId, c.call, KvList.of(Cti.THIS_DN, c.queuedOn, Cti.ANI, c.ani,
                Cti.DNIS, c.dnis)));
    }

    /** guide ch.1, queuing on GVP step 3: IVR Server returns the selected treatment to the GVP script. */
    private void onTreatment(CtiMessage m) {
        String port = portByConnId.get(m.connId());
        PortCall c = port == null ? null : byPort.get(port);
        if (c != null && c.gvp != null) {
            send(c.gvp, new IvrMessage(Ivr.TREATMENT, KvList.of(Ivr.PORT, port, Ivr.TREATMENT_TYPE,
                    m.attributes().getOrDefault(Cti.TREATMENT_TYPE, "")), m.call()));
        }
    }

    /** guide ch.1, queuing on GVP steps 4-5: the strategy routes; IVR Server has SIP Server transfer the call. */
    private void onRouteCall(CtiMessage m) {
        String port = portByConnId.get(m.connId());
        PortCall c = port == null ? null : byPort.get(port);
        String target = m.attributes().get(Cti.OTHER_DN);
        if (c == null) {
            callGone(urs, m);
            return;
        }
        c.queuedOn = null;
        if (Cti.ROUTE_TYPE_REJECT.equals(m.attributes().get(Cti.ROUTE_TYPE))) {
            send(c.gvp, new IvrMessage(Ivr.ROUTE_FAILED, KvList.of(Ivr.PORT, port), m.call()));
        } else {
            transfer(port, target);
        }
    }

    /**
     * SIP Server could not transfer a call: URS learns of it; a call still on its port and refused by
     * the agent is queued on the Virtual Routing Point again.
     */
    private void onTransferFailed(CtiMessage m) {
        send(urs, m);
        String port = portByConnId.get(m.connId());
        PortCall c = port == null ? null : byPort.get(port);
        if (c != null && c.lastQueuedOn != null && Cti.REASON_REFUSED.equals(m.attributes().get(Cti.REASON))) {
            c.queuedOn = c.lastQueuedOn;
            send(urs, Cti.message(Cti.EVENT_ROUTE_REQUEST, c.connId, c.call, KvList.of(Cti.THIS_DN, c.queuedOn, Cti.ANI, c.ani,
                    Cti.DNIS, c.dnis)));
        }
    }

    private void transfer(String port, String destination) {
        PortCall c = byPort.get(port);
        if (c == null) {
            return;
        }
        send(sipServer, Cti.message(REQUEST_SINGLE_STEP_TRANSFER, c.connId, c.call, KvList.of(Cti.THIS_DN, port,
                Cti.OTHER_DN, destination)));
    }
}
