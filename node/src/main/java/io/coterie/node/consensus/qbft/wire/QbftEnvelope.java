package io.coterie.node.consensus.qbft.wire;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Objects;

/**
 * A QBFT message read only as far as its outer signed payload: its type, round and author (one
 * signature recovered), the rest still encoded. Whether the author is a validator, and whether the
 * round is of any use, can be decided from this; only then is the justification (up to {@link
 * QbftMessageCodec#MAX_JUSTIFICATIONS} signatures) recovered by {@link QbftMessageCodec#open}.
 */
public record QbftEnvelope(
    QbftMessageCode type, ConsensusRound round, Address author, Bytes data, Hash signingHash) {
  public QbftEnvelope {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(signingHash, "signingHash");
  }

  /** Encoded size, for buffers that bound what they keep. */
  public int size() {
    return data.size();
  }
}
