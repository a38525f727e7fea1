package ccsim.model.cti;

import ccsim.core.message.CtiMessage;
import ccsim.core.network.Address;
import ccsim.core.network.Delivery;
import ccsim.core.network.Endpoint;
import ccsim.core.network.Node;

/** An entity that speaks only T-Library (URS, Stat Server): it receives CTI messages and nothing else. */
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
        if (!(delivery.message() instanceof CtiMessage m)) {
            throw new IllegalStateException(name + " speaks only CTI but received " + delivery.message().label());
        }
        onCti(m, delivery.from());
    }

    protected abstract void onCti(CtiMessage m, Address from);

    protected void send(Address to, CtiMessage m) {
        endpoint.send(to, m);
    }
}
