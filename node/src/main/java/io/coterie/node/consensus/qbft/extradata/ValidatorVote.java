package io.coterie.node.consensus.qbft.extradata;

import io.coterie.node.types.Address;
import java.util.Objects;

/** A proposer's vote, carried in a header, to add or remove a validator. */
public record ValidatorVote(Address recipient, boolean add) {
  /** Besu's encoding of the vote direction. */
  static final byte ADD = (byte) 0xff;

  static final byte DROP = 0x00;

  public ValidatorVote {
    Objects.requireNonNull(recipient, "recipient");
  }
}
