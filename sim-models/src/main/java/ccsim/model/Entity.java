package ccsim.model;

import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.Message;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.network.Address;
import ccsim.core.network.Endpoint;
import ccsim.core.network.Node;

/**
 * An entity of the contact center on the network: it has an address, sends through its endpoint and
 * receives each kind of message in its own method. A kind an entity does not speak is a wiring
 * error, reported at once.
 */
public abstract class Entity extends Node {
    private final Address address;
    private final String name;
    private Endpoint endpoint;

    protected Entity(Address address, String name) {
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

    public Endpoint endpoint() {
        return endpoint;
    }

    protected void send(Address to, Message m) {
        endpoint.send(to, m);
    }

    @Override
    public final void receive(Address from, Message m) {
        if (m instanceof SipRequest q) {
            if (accept(q, from)) {
                onRequest(q, from);
            }
        } else if (m instanceof SipResponse r) {
            if (answered(r)) {
                onResponse(r, from);
            }
        } else if (m instanceof CtiMessage c) {
            onCti(c, from);
        } else if (m instanceof IvrMessage i) {
            onIvr(i, from);
        } else if (m instanceof MediaEvent e) {
            onMedia(e, from);
        }
    }

    /** Whether a request goes on to {@link #onRequest}; a transaction layer may absorb retransmissions. */
    protected boolean accept(SipRequest request, Address from) {
        return true;
    }

    /** Seen by a transaction layer before {@link #onResponse}: false to absorb it there. */
    protected boolean answered(SipResponse response) {
        return true;
    }

    protected void onRequest(SipRequest request, Address from) {
        throw misdelivered(request, from);
    }

    protected void onResponse(SipResponse response, Address from) {
        throw misdelivered(response, from);
    }

    protected void onCti(CtiMessage message, Address from) {
        throw misdelivered(message, from);
    }

    protected void onIvr(IvrMessage message, Address from) {
        throw misdelivered(message, from);
    }

    protected void onMedia(MediaEvent event, Address from) {
        throw misdelivered(event, from);
    }

    private IllegalStateException misdelivered(Message m, Address from) {
        return new IllegalStateException(name + " does not speak the protocol of " + m.label() + " from " + from);
    }
}
