package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.consensus.qbft.port.Misconduct;
import io.coterie.node.consensus.qbft.port.QbftChain;
import io.coterie.node.consensus.qbft.port.ValidatorNetwork;
import io.coterie.node.consensus.qbft.port.ValidatorProvider;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.crypto.Keccak;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where QBFT messages enter, on the network thread that read them, before the bounded event queue:
 * a message from a peer that is not a validator of the height above the head is dropped without a
 * signature being recovered (validators send their own messages directly, so the connection's key
 * names the author of every honest message), and a message whose bytes were seen recently is
 * dropped by hash. A flood from outside the validator set therefore costs a hash lookup at most and
 * never takes the queue's room from validators. The peer is penalised when the message was for the
 * height being decided; one for another height may come from a validator this node does not know of
 * yet (voted in by a block not imported here), so it is only counted.
 */
public final class MessageIntake {
  /** Recent message hashes kept for de-duplication: minutes of traffic for a small set. */
  static final int SEEN_MESSAGES = 16_384;

  private final QbftChain chain;
  private final ValidatorProvider validators;
  private final ValidatorNetwork network;
  private final Rejections rejections;
  private final QbftMetrics metrics;
  private final Predicate<QbftEvent> queue;
  private final SeenMessages seen = new SeenMessages(SEEN_MESSAGES);
  private volatile Position position;

  /** The height above {@code head} and its validators, recomputed when the head moves. */
  private record Position(BlockHeader head, long height, ValidatorSet validators) {}

  /** {@code queue} is the event loop's {@link QbftEventLoop#offer}. */
  public MessageIntake(
      QbftChain chain,
      ValidatorProvider validators,
      ValidatorNetwork network,
      QbftMetrics metrics,
      Predicate<QbftEvent> queue) {
    this.chain = chain;
    this.validators = validators;
    this.network = network;
    this.rejections = new Rejections(metrics, network);
    this.metrics = metrics;
    this.queue = queue;
  }

  /** Any thread. {@code sender} is the address of the connection's node key. */
  public void receive(Address sender, int code, byte[] data) {
    metrics.received();
    Position at = position();
    if (!at.validators().contains(sender)) {
      refuseNonValidator(sender, code, data, at);
      return;
    }
    if (!seen.firstSeen(messageHash(code, data))) {
      metrics.duplicate();
      return;
    }
    queue.test(new QbftEvent.MessageReceived(sender, code, Bytes.of(data)));
  }

  private void refuseNonValidator(Address sender, int code, byte[] data, Position at) {
    Optional<ConsensusRound> round = QbftMessageCodec.peekRound(code, data);
    if (round.isEmpty()) {
      rejections.reject(
          sender,
          MessageRejection.MALFORMED,
          "unreadable message with code 0x" + Integer.toHexString(code));
      return;
    }
    long height = round.get().height();
    if (height == at.height()) {
      rejections.reject(sender, MessageRejection.NOT_A_VALIDATOR, sender, height);
      return;
    }
    if (height < at.height()) {
      metrics.old();
    } else {
      rejections.count(MessageRejection.NOT_A_VALIDATOR);
    }
    network.penalise(
        sender,
        Misconduct.UNEXPECTED,
        "QBFT message for height "
            + height
            + " from a peer that is not a validator of "
            + at.height());
  }

  private Position position() {
    BlockHeader head = chain.head();
    Position cached = position;
    if (cached != null && cached.head().equals(head)) {
      return cached;
    }
    long height = head.number() + 1;
    Position fresh = new Position(head, height, new ValidatorSet(validators.validatorsAt(height)));
    position = fresh;
    return fresh;
  }

  /** {@code keccak(code || keccak(data))}: identifies the bytes without copying them. */
  private static Hash messageHash(int code, byte[] data) {
    byte[] inner = Keccak.hash(data);
    byte[] outer = new byte[inner.length + 1];
    outer[0] = (byte) code;
    System.arraycopy(inner, 0, outer, 1, inner.length);
    return Hash.wrap(Keccak.hash(outer));
  }
}
