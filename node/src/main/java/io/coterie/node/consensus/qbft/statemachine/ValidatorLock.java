package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.consensus.qbft.port.ConsensusStateStore;
import io.coterie.node.consensus.qbft.port.LockedState;
import io.coterie.node.consensus.qbft.wire.MessageSigner;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Optional;

/**
 * This validator's prepared state at one height, persisted before it is acted on. It is written
 * when the validator becomes prepared and before its commit leaves, so a round change after a
 * restart still carries the certificate, and a restarted validator never signs another block in the
 * locked round.
 */
final class ValidatorLock {
  private final long height;
  private final ConsensusStateStore store;
  private LockedState locked;
  private PreparedCertificate.Present certificate;

  ValidatorLock(long height, ConsensusStateStore store, Optional<LockedState> persisted) {
    this.height = height;
    this.store = store;
    persisted.filter(s -> s.height() == height).ifPresent(this::restore);
  }

  private void restore(LockedState state) {
    locked = state;
    certificate = QbftMessageCodec.decodeCertificate(state.certificate().toArray());
  }

  /** The round this validator was locked in before a restart, if it was. */
  Optional<LockedState> restored() {
    return Optional.ofNullable(locked);
  }

  /** Whether signing {@code digest} in {@code round} would contradict the lock. */
  boolean conflicts(int round, Hash digest) {
    return locked != null && locked.round() == round && !locked.blockHash().equals(digest);
  }

  Hash lockedBlock() {
    return locked.blockHash();
  }

  /** Persists the certificate; returns only once the store has it. */
  void lock(int round, Hash digest, PreparedCertificate.Present prepared) {
    LockedState state =
        new LockedState(
            height, round, digest, Bytes.of(QbftMessageCodec.encodeCertificate(prepared)));
    store.put(state);
    locked = state;
    certificate = prepared;
  }

  /** This validator's round change for {@code round}, with its certificate when it has one. */
  RoundChange roundChange(MessageSigner signer, int round) {
    ConsensusRound target = new ConsensusRound(height, round);
    if (locked != null && locked.round() < round) {
      PreparedRound at = new PreparedRound.PreparedAt(locked.round(), locked.blockHash());
      return new RoundChange(signer.sign(new RoundChangePayload(target, at)), certificate);
    }
    return new RoundChange(
        signer.sign(new RoundChangePayload(target, PreparedRound.none())),
        PreparedCertificate.absent());
  }
}
