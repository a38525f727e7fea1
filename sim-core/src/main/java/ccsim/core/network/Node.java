package ccsim.core.network;

/** An entity that has an address and reacts to the messages delivered to it. */
public interface Node {

    Address address();

    /** Short name for traces and ladder diagrams, e.g. "SIP Server". */
    String name();

    void receive(Delivery delivery);
}
