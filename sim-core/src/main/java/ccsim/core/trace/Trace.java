package ccsim.core.trace;

import ccsim.core.network.Address;
import ccsim.core.network.Delivery;

/**
 * Records the messages of selected calls. The network asks {@link #wants(long)} before building
 * anything, so a trace that is off costs one call that returns false.
 */
public interface Trace {

    Trace OFF = new Trace() {
        @Override
        public boolean wants(long call) {
            return false;
        }

        @Override
        public void record(Delivery delivery) {
            throw new IllegalStateException("the trace is off");
        }

        @Override
        public void attached(Address address, String name) {
            // nothing is traced, so no name is needed
        }
    };

    boolean wants(long call);

    void record(Delivery delivery);

    /** A node joined the network: the trace keeps its name to label its messages. */
    void attached(Address address, String name);
}
