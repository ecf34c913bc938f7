package io.coterie.node.consensus.qbft.port;

import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Objects;

/**
 * What a validator has committed itself to at a height: it prepared (and is about to commit) block
 * {@code blockHash} in {@code round}. {@code certificate} is the encoded prepared certificate
 * (block and quorum of prepares, in the QBFT wire form) that its later round changes must carry.
 */
public record LockedState(long height, int round, Hash blockHash, Bytes certificate) {
  public LockedState {
    if (height < 1 || round < 0) {
      throw new IllegalArgumentException(
          "locked state needs height >= 1 and round >= 0, got " + height + "/" + round);
    }
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(certificate, "certificate");
  }
}
