package ccsim.core.network;

import ccsim.core.message.Message;

/**
 * A node's overload policy at the door of its processing queue: each arriving message is offered to
 * {@link #refuse}, told whether {@link #queueLimit} messages wait already, and may be answered at once
 * (e.g. 503 Service Unavailable) instead of queued.
 */
public interface Admission {
    int queueLimit();

    /** True when the message was refused (and answered) rather than queued. */
    boolean refuse(Address from, Message message, boolean queueFull);
}
