package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.model.Entity;

/** An entity that speaks SIP: it handles requests and responses and makes unique branches and tags. */
public abstract class SipEntity extends Entity {
    protected final Engine engine;
    private final String uniquePrefix;
    private final String hostPort;
    private long counter;

    protected SipEntity(Engine engine, Address address, String name, String uniquePrefix) {
        super(address, name);
        this.engine = engine;
        this.uniquePrefix = uniquePrefix;
        this.hostPort = address.toString();
    }

    @Override
    protected abstract void onRequest(SipRequest request, Address from);

    @Override
    protected abstract void onResponse(SipResponse response, Address from);

    /** The answer to a request method this entity does not handle. */
    protected void refuse(SipRequest request, Address from) {
        send(from, Sip.respond(request, SipStatus.NOT_IMPLEMENTED, newTag(), null, null));
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
