package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.consensus.qbft.port.ValidatorProvider;
import io.coterie.node.consensus.qbft.wire.Signatures;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a block received from a peer is final: a quorum of distinct validators of its height
 * signed its commit-seal hash. Any malformed or foreign seal rejects the block.
 */
public final class CommitSeals {
  private final ValidatorProvider validators;

  public CommitSeals(ValidatorProvider validators) {
    this.validators = validators;
  }

  /** Empty when the seals are a valid quorum; otherwise why not. Needs height ≤ head + 1. */
  public Optional<String> problem(Block block) {
    long number = block.header().number();
    QbftExtraData extra;
    try {
      extra = QbftBlocks.extraData(block.header());
    } catch (RlpException | IllegalArgumentException e) {
      return Optional.of("block " + number + " has no QBFT extraData: " + e.getMessage());
    }
    ValidatorSet set = new ValidatorSet(validators.validatorsAt(number));
    Hash sealHash = QbftBlocks.commitSealHash(block);
    Set<Address> signers = new TreeSet<>();
    for (Bytes seal : extra.seals()) {
      Optional<Address> signer = Signatures.recover(sealHash, seal);
      if (signer.isEmpty() || !set.contains(signer.get())) {
        return Optional.of(
            "block " + number + " has a commit seal not signed by a validator of its height");
      }
      if (!signers.add(signer.get())) {
        return Optional.of("block " + number + " has two seals by " + signer.get());
      }
    }
    if (signers.size() < set.quorum()) {
      return Optional.of(
          "block "
              + number
              + " has "
              + signers.size()
              + " commit seals; a quorum of "
              + set.size()
              + " validators is "
              + set.quorum());
    }
    return Optional.empty();
  }
}
