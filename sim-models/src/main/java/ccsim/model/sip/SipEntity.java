package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.Message;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.network.Address;
import ccsim.model.Entity;
import ccsim.model.config.RunSettings;
import ccsim.model.config.SipTimersConfig;
import ccsim.model.config.SipTransport;

/**
 * An entity that speaks SIP: it handles requests and responses, makes unique branches and tags, and
 * over UDP has an RFC 3261 transaction layer that retransmits unanswered requests and absorbs
 * retransmitted ones (UDP with T1 = 500 ms, T2 = 4 s until {@link #useTransport} says otherwise).
 */
public abstract class SipEntity extends Entity {
    protected final Engine engine;
    private final String uniquePrefix;
    private final String hostPort;
    private long counter;
    private long retransmittedBefore;
    private SipTransactions transactions;
    private SipTimersConfig timers;

    protected SipEntity(Engine engine, Address address, String name, String uniquePrefix) {
        super(address, name);
        this.engine = engine;
        this.uniquePrefix = uniquePrefix;
        this.hostPort = address.toString();
        useTransport(new SipTimersConfig(null, null, null));
    }

    /** The transport and timers (RFC 3261 §17): UDP gets the transaction layer, TCP none. */
    public final void useTransport(SipTimersConfig timers) {
        this.timers = timers;
        if (transactions != null) {
            transactions.stop();
        }
        transactions = timers.transport() == SipTransport.TCP ? null : new SipTransactions(engine,
                RunSettings.seconds(timers.t1()), RunSettings.seconds(timers.t2()),
                (to, m) -> super.send(to, (Message) m), uniquePrefix + "tr");
    }

    /**
     * The entity comes back after its host was down (or its backup takes over its address): a new
     * process with a fresh transaction layer and, as {@link #forget} says, no memory of calls.
     */
    public final void restart() {
        long sentAgain = retransmissions();
        useTransport(timers);
        retransmittedBefore += sentAgain;
        forget();
    }

    /** What this entity knew of calls and resources is lost with its process. */
    protected void forget() {
        throw new UnsupportedOperationException(name() + " cannot be restarted by this model");
    }

    /** Requests this entity sent again because no response came in time. */
    public long retransmissions() {
        return retransmittedBefore + (transactions == null ? 0 : transactions.retransmitted());
    }

    @Override
    protected void send(Address to, Message m) {
        super.send(to, m);
        if (transactions == null) {
            return;
        }
        if (m instanceof SipRequest q) {
            transactions.sent(to, q);
        }
    }

    @Override
    protected boolean accept(SipRequest request, Address from) {
        return transactions == null || transactions.received(request, from);
    }

    @Override
    protected void answered(SipResponse response) {
        if (transactions != null) {
            transactions.answered(response);
        }
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
