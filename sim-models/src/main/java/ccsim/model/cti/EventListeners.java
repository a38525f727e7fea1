package ccsim.model.cti;

import ccsim.core.message.CtiMessage;
import ccsim.core.network.Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Whom a T-Server tells of an event on a DN, as T-Library has it: the clients that monitor every DN
 * (RequestRegisterClient as a monitor) and those that registered that DN (TRegisterAddress), each only
 * of the event types its input mask lets through (TSetInputMask; every type until it sets one).
 */
public final class EventListeners {
    private static final class Client {
        final Address address;
        Set<String> mask;

        Client(Address address) {
            this.address = address;
        }
    }

    private final Map<Address, Client> clients = new LinkedHashMap<>();
    private final List<Client> monitors = new ArrayList<>();
    private final Map<String, List<Client>> byDn = new HashMap<>();

    /** The client hears of events on every DN from now on. */
    public void monitorEveryDn(Address client) {
        Client c = client(client);
        monitors.add(c);
        byDn.values().forEach(l -> l.add(c));
    }

    /** The client hears of events on {@code dn} from now on. */
    public void register(String dn, Address client) {
        byDn.computeIfAbsent(dn, k -> new ArrayList<>(monitors)).add(client(client));
    }

    /** The client hears only of the event types named in {@code events}, comma-separated. */
    public void setMask(Address client, String events) {
        client(client).mask = Set.copyOf(Arrays.asList(events.split(",")));
    }

    /** Sends {@code event}, an event on {@code dn}, to each client that is to hear of it. */
    public void tell(String dn, CtiMessage event, BiConsumer<Address, CtiMessage> send) {
        for (Client c : byDn.getOrDefault(dn, monitors)) {
            if (c.mask == null || c.mask.contains(event.name())) {
                send.accept(c.address, event);
            }
        }
    }

    private Client client(Address address) {
        return clients.computeIfAbsent(address, Client::new);
    }
}
