package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.CtiMessage;
import ccsim.core.message.IvrMessage;
import ccsim.core.message.MediaEvent;
import ccsim.core.message.Message;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.core.network.Delivery;
import ccsim.core.network.Endpoint;
import ccsim.core.network.Node;

/** An entity on the network that speaks SIP: its address, endpoint, and branch/tag generator. */
public abstract class SipEntity implements Node {
    protected final Engine engine;
    private final Address address;
    private final String name;
    private final String uniquePrefix;
    private final String hostPort;
    private Endpoint endpoint;
    private long counter;

    protected SipEntity(Engine engine, Address address, String name, String uniquePrefix) {
        this.engine = engine;
        this.address = address;
        this.name = name;
        this.uniquePrefix = uniquePrefix;
        this.hostPort = address.toString();
    }

    /** Connects the entity to the network; call once, before the run. */
    public void bind(Endpoint e) {
        if (endpoint != null) {
            throw new IllegalStateException(name + " is already bound");
        }
        this.endpoint = e;
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

    @Override
    public final void receive(Delivery delivery) {
        Message m = delivery.message();
        if (m instanceof SipRequest q) {
            onRequest(q, delivery.from());
        } else if (m instanceof SipResponse r) {
            onResponse(r, delivery.from());
        } else if (m instanceof CtiMessage c) {
            onCti(c, delivery.from());
        } else if (m instanceof IvrMessage i) {
            onIvr(i, delivery.from());
        } else if (m instanceof MediaEvent e) {
            onMedia(e, delivery.from());
        }
    }

    protected abstract void onRequest(SipRequest request, Address from);

    protected abstract void onResponse(SipResponse response, Address from);

    /** Entities that are no CTI client refuse CTI messages: receiving one is a wiring error. */
    protected void onCti(CtiMessage message, Address from) {
        throw new IllegalStateException(name + " is no CTI client but received " + message.name() + " from " + from);
    }

    /** Only GVP speaks the IVR Server protocol: receiving it elsewhere is a wiring error. */
    protected void onIvr(IvrMessage message, Address from) {
        throw new IllegalStateException(name + " is no IVR Server client but received " + message.name() + " from " + from);
    }

    /** Only the callers' side listens for media changes: receiving one elsewhere is a wiring error. */
    protected void onMedia(MediaEvent event, Address from) {
        throw new IllegalStateException(name + " does not listen for media but received " + event.label() + " from " + from);
    }

    /** The answer to a request method this entity does not handle. */
    protected void refuse(SipRequest request, Address from) {
        send(from, Sip.respond(request, SipStatus.NOT_IMPLEMENTED, newTag(), null, null));
    }

    protected void send(Address to, Message m) {
        endpoint.send(to, m);
    }

    /** A Via branch unique to this entity's transactions. */
    protected String newBranch() {
        return Sip.BRANCH_COOKIE + uniquePrefix + (++counter);
    }

    /** A tag unique to this entity's dialogs. */
    protected String newTag() {
        return uniquePrefix + "t" + (++counter);
    }

    /** The URI of this entity with a user part, e.g. {@code sip:2801@172.21.11.10:5060}. */
    protected String uri(String user) {
        return "sip:" + user + "@" + hostPort;
    }
}
