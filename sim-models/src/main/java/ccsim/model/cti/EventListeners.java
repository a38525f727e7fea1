package ccsim.model.cti;

import ccsim.core.message.CtiMessage;
import ccsim.core.network.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Whom a T-Server tells of an event on a DN, as T-Library has it: the clients that monitor every DN
 * (RequestRegisterClient as a monitor) and those that registered that DN (TRegisterAddress), each only
 * of the event types its input mask lets through (TSetInputMask; every type until it sets one).
 */
public final class EventListeners {
    private static final class Client {
        final Address address;
        /** The event names the client asked for; null for every one. */
        String[] mask;

        Client(Address address) {
            this.address = address;
        }
    }

    /**
     * The clients to tell of the events on one DN. It stays the DN's as clients register, so a caller
     * may keep it (a call's leg keeps its DN's) instead of looking it up by DN for every event.
     */
    public static final class Audience {
        private final List<Client> clients;

        private Audience(List<Client> clients) {
            this.clients = clients;
        }
    }

    private final Map<Address, Client> clients = new HashMap<>();
    private final List<Client> monitors = new ArrayList<>();
    private final Map<String, Audience> byDn = new HashMap<>();

    /** The client hears of events on every DN from now on. */
    public void monitorEveryDn(Address client) {
        Client c = client(client);
        monitors.add(c);
        byDn.values().forEach(a -> a.clients.add(c));
    }

    /** The client hears of events on {@code dn} from now on. */
    public void register(String dn, Address client) {
        audienceOf(dn).clients.add(client(client));
    }

    /** The client hears only of the event types its {@link Cti#inputMask} request names. */
    public void setMask(Address client, CtiMessage inputMask) {
        // asked of every event for every client: interned, the names are the very constants events carry,
        // and a scan of a few names by identity finds them without hashing the event's name
        String[] names = inputMask.attributes().get(Cti.EVENTS).split(",");
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].intern();
        }
        client(client).mask = names;
    }

    /** Whom to tell of the events on {@code dn}: every monitor, then the clients that registered it. */
    public Audience audienceOf(String dn) {
        Audience a = byDn.get(dn);
        if (a == null) {
            a = new Audience(new ArrayList<>(monitors));
            byDn.put(dn, a);
        }
        return a;
    }

    /** Sends {@code event} to each client of {@code audience} whose mask lets it through. */
    public void tell(Audience audience, CtiMessage event, BiConsumer<Address, CtiMessage> send) {
        for (Client c : audience.clients) {
            if (c.mask == null || asks(c.mask, event.name())) {
                send.accept(c.address, event);
            }
        }
    }

    /** Whether {@code mask} names {@code event}: by identity (interned names), else by text. */
    private static boolean asks(String[] mask, String event) {
        for (String name : mask) {
            if (name == event) {
                return true;
            }
        }
        for (String name : mask) {
            if (name.equals(event)) {
                return true;
            }
        }
        return false;
    }

    private Client client(Address address) {
        return clients.computeIfAbsent(address, Client::new);
    }
}
