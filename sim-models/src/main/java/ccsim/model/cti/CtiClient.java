package ccsim.model.cti;

import ccsim.core.message.CtiMessage;
import ccsim.core.network.Address;
import ccsim.model.Entity;

/** An entity that speaks T-Library and no SIP: URS, Stat Server, IVR Server. */
public abstract class CtiClient extends Entity {

    protected CtiClient(Address address, String name) {
        super(address, name);
    }

    @Override
    protected abstract void onCti(CtiMessage m, Address from);

    /** Tells the router that a call it routed ({@code route}, a RequestRouteCall) was gone before it got there. */
    protected void callGone(Address router, CtiMessage route) {
        String target = route.attributes().get(Cti.OTHER_DN);
        if (target != null) {
            send(router, Cti.routeError(route.connId(), route.call(), target, Cti.REASON_CALL_GONE));
        }
    }
}
