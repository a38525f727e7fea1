package ccsim.model.cti;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.Message;
import ccsim.core.network.Address;
import ccsim.core.network.Delivery;
import ccsim.core.network.Endpoint;
import ccsim.core.network.Node;

/**
 * An entity that speaks T-Library and no SIP (URS, Stat Server, IVR Server): it receives CTI
 * messages and, for IVR Server, messages of the IVR Server protocol.
 */
public abstract class CtiClient implements Node {
    private final Address address;
    private final String name;
    private Endpoint endpoint;

    protected CtiClient(Address address, String name) {
        this.address = address;
        this.name = name;
    }

    /** Connects the entity to the network; call once, before the run. */
    public void bind(Endpoint e) {
        if (endpoint != null) {
            throw new IllegalStateException(name + " is already bound");
        }
        endpoint = e;
    }

    @Override
    public Address address() {
        return address;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public final void receive(Delivery delivery) {
        if (delivery.message() instanceof CtiMessage m) {
            onCti(m, delivery.from());
        } else if (delivery.message() instanceof IvrMessage i) {
            onIvr(i, delivery.from());
        } else {
            throw new IllegalStateException(name + " speaks no SIP but received " + delivery.message().label());
        }
    }

    protected abstract void onCti(CtiMessage m, Address from);

    /** Only IVR Server speaks the IVR Server protocol: receiving it elsewhere is a wiring error. */
    protected void onIvr(IvrMessage m, Address from) {
        throw new IllegalStateException(name + " does not speak the IVR Server protocol but received " + m.name());
    }

    protected void send(Address to, Message m) {
        endpoint.send(to, m);
    }
}
