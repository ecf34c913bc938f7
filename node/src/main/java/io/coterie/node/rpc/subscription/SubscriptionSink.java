package io.coterie.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A connection that receives notifications. {@link #send} is called from the publishing thread and
 * must not block; a WebSocket sink queues the frame on its channel.
 */
public interface SubscriptionSink {
  void send(JsonNode notification);
}
