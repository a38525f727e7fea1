package ccsim.core.message;

/**
 * The identifiers a SIP entity makes unique (Call-IDs, Via branches, tags): numbers, so that entities
 * find dialogs and transactions by a number the message carries in place (no string to build, hash or
 * compare per message), rendered as text only where a message goes on the wire of a trace. An
 * identifier is the maker's node number and its own serial: unique across the run's entities without
 * a shared counter, so that no entity's identifiers depend on another's activity.
 */
public final class SipId {
    /** The value of an absent identifier (a From or To without a tag). */
    public static final long NONE = 0;
    private static final int SERIAL_BITS = 40;
    private static final long SERIAL_MASK = (1L << SERIAL_BITS) - 1;

    private SipId() {
    }

    /** The {@code serial}-th identifier (from 1) made by node {@code node}. */
    public static long of(int node, long serial) {
        if (node < 0 || serial <= 0 || serial > SERIAL_MASK) {
            throw new IllegalArgumentException("no SIP identifier for node " + node + ", serial " + serial);
        }
        return (long) node << SERIAL_BITS | serial;
    }

    /** The text of an identifier: the maker's node number, a dot, its serial (e.g. {@code 3.1742}). */
    public static String text(long id) {
        return (id >>> SERIAL_BITS) + "." + (id & SERIAL_MASK);
    }
}
