package ccsim.core.network;

import ccsim.core.message.Message;

/**
 * One message in flight as a trace records it: who sent it to whom, when it left and when it arrives
 * ({@code deliveredAt} is NaN for a message that could not be sent). Only traced messages are recorded
 * so; the node a message reaches is handed the sender and the message alone.
 */
public interface Delivery {
    Address from();

    Address to();

    double sentAt();

    double deliveredAt();

    Message message();
}
