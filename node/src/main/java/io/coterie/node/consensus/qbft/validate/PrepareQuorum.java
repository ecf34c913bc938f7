package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that prepares prove a block prepared: a quorum of distinct validators, one round, one
 * digest.
 */
final class PrepareQuorum {
  private PrepareQuorum() {}

  /** Why the prepares are not a certificate for {@code digest} in {@code round}, or empty. */
  static Optional<String> problem(
      List<SignedMessage<PreparePayload>> prepares,
      HeightContext context,
      ConsensusRound round,
      Hash digest) {
    Set<Address> authors = new HashSet<>();
    for (SignedMessage<PreparePayload> prepare : prepares) {
      if (!context.validators().contains(prepare.author())) {
        return Optional.of("prepare from non-validator " + prepare.author());
      }
      if (!prepare.round().equals(round)) {
        return Optional.of("prepare for " + prepare.round() + " in a certificate for " + round);
      }
      if (!prepare.payload().digest().equals(digest)) {
        return Optional.of(
            "prepare names block " + prepare.payload().digest() + " instead of " + digest);
      }
      if (!authors.add(prepare.author())) {
        return Optional.of("two prepares from " + prepare.author());
      }
    }
    if (authors.size() < context.validators().quorum()) {
      return Optional.of(
          "prepares from "
              + authors.size()
              + " validators, a certificate needs "
              + context.validators().quorum());
    }
    return Optional.empty();
  }
}
