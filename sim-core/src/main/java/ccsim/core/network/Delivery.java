package ccsim.core.network;

import ccsim.core.message.Message;

/**
 * One message in flight: who sent it to whom, when it left and when it arrives ({@code deliveredAt}
 * is NaN for a message that could not be sent). The network's own arrival events implement it, so
 * that a message costs one object.
 */
public interface Delivery {
    Address from();

    Address to();

    double sentAt();

    double deliveredAt();

    Message message();
}
