package ccsim.model.sip;

import ccsim.core.engine.Engine;
import ccsim.core.message.Message;
import ccsim.core.message.SipId;
import ccsim.core.message.SipRequest;
import ccsim.core.message.SipResponse;
import ccsim.core.message.SipStatus;
import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.core.network.Endpoint;
import ccsim.model.Entity;
import ccsim.model.config.RunSettings;
import ccsim.model.config.SipTimersConfig;
import ccsim.model.config.SipTransport;

/**
 * An entity that speaks SIP: it handles requests and responses, makes unique branches and tags, and
 * has an RFC 3261 transaction layer that over UDP retransmits unanswered requests and absorbs
 * retransmitted ones, and over either transport times requests out (UDP with T1 = 500 ms, T2 = 4 s
 * until {@link #useTransport} says otherwise).
 */
public abstract class SipEntity extends Entity {
    protected final Engine engine;
    private long counter;
    private long retransmittedBefore;
    private boolean crashed;
    private boolean mayLoseMessages;
    private SipTransactions transactions;
    private SipTimersConfig timers;

    protected SipEntity(Engine engine, Address address, String name) {
        super(address, name);
        this.engine = engine;
        useTransport(new SipTimersConfig(null, null, null));
    }

    /** The transport and timers (RFC 3261 §17): UDP retransmits, TCP only times requests out. */
    public final void useTransport(SipTimersConfig timers) {
        this.timers = timers;
        if (transactions != null) {
            transactions.stop();
        }
        transactions = newTransactionLayer();
    }

    private SipTransactions newTransactionLayer() {
        SipTransactions t = new SipTransactions(engine, RunSettings.seconds(timers.t1()),
                RunSettings.seconds(timers.t2()), timers.transport() != SipTransport.TCP,
                (to, m) -> super.send(to, (Message) m), this::timedOut, this::unacknowledged);
        if (mayLoseMessages) {
            t.keepFinalResponses();
        }
        return t;
    }

    /**
     * Nodes fail in this run, so a live node's response may be lost on its way to a dead one: the
     * transaction layer keeps final responses to INVITEs to send them again on a copy.
     */
    public final void expectLosses() {
        mayLoseMessages = true;
        transactions.keepFinalResponses();
    }

    /** Whether nodes fail in this run, so that messages to live nodes may be lost. */
    protected final boolean expectsLosses() {
        return mayLoseMessages;
    }

    /** RFC 3261 Timer B (and F): 64·T1, how long a request waits for any response before it fails. */
    protected final double timerB() {
        return 64 * RunSettings.seconds(timers.t1());
    }

    /**
     * A request of ours that no response answered before Timer F: RFC 3261 §8.1.3.1 has the user agent
     * treat it as a 408, and §12.2.1.2 has it end the dialog then; each entity's response handling does.
     */
    private void timedOut(SipRequest request) {
        onResponse(Sip.respond(request, SipStatus.REQUEST_TIMEOUT, newTag(), null, null), address());
    }

    /**
     * A 2xx of ours to an INVITE was sent again for 64·T1 and no ACK came (the far end died before it
     * could): RFC 3261 §13.3.1.4 has the session ended with a BYE. Entities holding a resource for the
     * session do so; the others wait for the far end's own timers.
     */
    protected void unacknowledged(SipResponse ok) {
    }

    /**
     * The entity's host fails (guide ch.1 "High Availability"): the RTP it was sending stops, its process
     * and all it knew of calls and resources are gone (see {@link #forget}), its timers with it, and it
     * neither sends nor receives until {@link #restart}.
     */
    public final void crash() {
        mediaStops();
        forget();
        retransmittedBefore += transactions.retransmitted();
        transactions.stop();
        crashed = true;
        endpoint().fail(Endpoint.Outage.CRASH);
    }

    /**
     * The entity comes back after its host was repaired (or its backup takes over its address): a new
     * process with a fresh transaction layer that knows nothing of calls.
     */
    public final void restart() {
        transactions = newTransactionLayer();
        crashed = false;
        endpoint().recover();
    }

    /**
     * The entity's host was cut off from {@code since} until now and is reachable again; its process ran
     * on, so it keeps its calls and timers, but what was sent to it meanwhile is lost: copies of those
     * requests are taken as new.
     */
    public final void reconnect(double since) {
        endpoint().recover();
        transactions.wasDeaf(since);
        reconnected();
    }

    /** Reachable again after being cut off: the dialogs it kept may have ended meanwhile. */
    protected void reconnected() {
    }

    /** What this entity knew of calls and resources is lost with its process. */
    protected void forget() {
        throw new UnsupportedOperationException(name() + " cannot be restarted by this model");
    }

    /** The media streams this entity sends stop as its host dies: each receiver hears silence from now. */
    protected void mediaStops() {
    }

    /** Requests this entity sent again because no response came in time. */
    public long retransmissions() {
        return retransmittedBefore + transactions.retransmitted();
    }

    @Override
    protected void send(Address to, Message m) {
        super.send(to, m);
        if (crashed) {
            return;
        }
        if (m instanceof SipRequest q) {
            transactions.sent(to, q);
        } else if (m instanceof SipResponse r) {
            transactions.responded(to, r);
        }
    }

    @Override
    protected boolean accept(SipRequest request, Address from) {
        return transactions.received(request, from);
    }

    @Override
    protected boolean answered(SipResponse response) {
        return transactions.answered(response);
    }

    @Override
    protected abstract void onRequest(SipRequest request, Address from);

    @Override
    protected abstract void onResponse(SipResponse response, Address from);

    /** The answer to a request method this entity does not handle. */
    protected void refuse(SipRequest request, Address from) {
        send(from, Sip.respond(request, SipStatus.NOT_IMPLEMENTED, newTag(), null, null));
    }

    /** Answers a session refresh (RFC 4028 UPDATE): 200 while the dialog is up here, else 481. */
    protected void answerRefresh(SipRequest update, Address from, boolean dialogUp) {
        send(from, Sip.respond(update, dialogUp ? SipStatus.OK : SipStatus.CALL_DOES_NOT_EXIST, newTag(), null, null));
    }

    /** A Via branch unique to this entity's transactions (RFC 3261 §8.1.1.7). */
    protected long newBranch() {
        return newId();
    }

    /** A tag unique to this entity's dialogs (RFC 3261 §19.3). */
    protected long newTag() {
        return newId();
    }

    /** A Call-ID unique to this entity's dialogs (RFC 3261 §8.1.1.4). */
    protected long newCallId() {
        return newId();
    }

    private long newId() {
        return SipId.of(endpoint().index(), ++counter);
    }

    /** The URI of this entity with a user part, e.g. {@code sip:2801@172.21.11.10:5060}. */
    protected SipUri uri(String user) {
        return new SipUri(user, address());
    }
}
