package ccsim.core.trace;

import ccsim.core.network.Address;
import ccsim.core.network.Delivery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records every message of calls 1..{@code calls} (calls are numbered in arrival order). */
public final class CallTrace implements Trace {
    private final long calls;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<Address, String> names = new LinkedHashMap<>();

    public CallTrace(long calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls to trace must be >= 1, was " + calls);
        }
        this.calls = calls;
    }

    @Override
    public boolean wants(long call) {
        return call >= 1 && call <= calls;
    }

    @Override
    public void record(Delivery delivery) {
        deliveries.add(delivery);
    }

    @Override
    public void attached(Address address, String name) {
        names.put(address, name);
    }

    /** The name of the node at each address, in the order the nodes were attached. */
    public Map<Address, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** The numbers of the calls recorded, in order. */
    public List<Long> calls() {
        return deliveries.stream().map(d -> d.message().call()).filter(c -> c > 0).distinct().sorted().toList();
    }

    /** The recorded deliveries, in the order they were sent. */
    public List<Delivery> deliveries() {
        return Collections.unmodifiableList(deliveries);
    }

    /** The same trace restricted to calls 1..{@code n}. */
    public CallTrace firstCalls(long n) {
        CallTrace t = new CallTrace(Math.min(n, calls));
        t.names.putAll(names);
        deliveries.stream().filter(d -> t.wants(d.message().call())).forEach(t.deliveries::add);
        return t;
    }

    /** The recorded deliveries of one call, in the order they were sent. */
    public List<Delivery> of(long call) {
        return deliveries.stream().filter(d -> d.message().call() == call).toList();
    }
}
