package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.wire.QbftEnvelope;
import io.coterie.node.types.Address;
import java.util.Objects;

/** A message's envelope and the peer it came from, which a rejection penalises. */
record ReceivedEnvelope(Address sender, QbftEnvelope envelope) {
  ReceivedEnvelope {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(envelope, "envelope");
  }

  Address author() {
    return envelope.author();
  }
}
