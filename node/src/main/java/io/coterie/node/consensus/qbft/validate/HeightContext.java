package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.util.Objects;

/** What validation needs to know about a height: its parent and its validators. */
public record HeightContext(BlockHeader parent, ValidatorSet validators) {
  public HeightContext {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(validators, "validators");
  }

  public long height() {
    return parent.number() + 1;
  }

  /** The parent's proposer is its coinbase: the validator that built it. */
  public Address proposer(int round) {
    return validators.proposer(parent.coinbase(), round);
  }
}
