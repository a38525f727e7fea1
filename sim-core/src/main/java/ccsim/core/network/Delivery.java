package ccsim.core.network;

import ccsim.core.message.Message;

/** One message in flight: who sent it to whom, when it left and when it arrives. */
public record Delivery(Address from, Address to, double sentAt, double deliveredAt, Message message) {
}
