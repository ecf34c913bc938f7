package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import java.util.Objects;

/** Everything the consensus thread reacts to. Any thread may create and queue one. */
public sealed interface QbftEvent {
  /**
   * A QBFT message from the peer whose node key has address {@code sender}, still encoded; {@link
   * MessageIntake} queues it once the sender is known to be a validator.
   */
  record MessageReceived(Address sender, int code, Bytes data) implements QbftEvent {
    public MessageReceived {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(data, "data");
    }
  }

  record RoundTimerFired(ConsensusRound round) implements QbftEvent {
    public RoundTimerFired {
      Objects.requireNonNull(round, "round");
    }
  }

  /**
   * Time for the proposer of round 0 at {@code height} to build a block. Adapters may also queue
   * one when transactions arrive, so a proposer waiting for transactions need not wait for its next
   * check.
   */
  record BlockTimerFired(long height) implements QbftEvent {}

  /** The canonical head moved (a block committed here or imported by sync). */
  record NewChainHead(BlockHeader header) implements QbftEvent {
    public NewChainHead {
      Objects.requireNonNull(header, "header");
    }
  }
}
