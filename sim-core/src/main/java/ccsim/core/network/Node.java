package ccsim.core.network;

import ccsim.core.message.Message;

/**
 * An entity that has an address and reacts to the messages delivered to it. An abstract class rather
 * than an interface: every delivery calls {@link #receive} on one of a dozen kinds of node, and a
 * virtual call there costs a table lookup where an interface call searches the node's interfaces.
 */
public abstract class Node {

    public abstract Address address();

    /** Short name for traces and ladder diagrams, e.g. "SIP Server". */
    public abstract String name();

    /** {@code message} from {@code from} reaches this node now. */
    public abstract void receive(Address from, Message message);
}
