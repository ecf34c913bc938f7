package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.consensus.qbft.port.LockedState;
import io.coterie.node.consensus.qbft.validate.HeightContext;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.wire.DecodedEnvelope;
import io.coterie.node.consensus.qbft.wire.MessageSigner;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each event to the {@link HeightManager} of the current height (head + 1): messages for
 * older heights are dropped, for later heights buffered and replayed when the head reaches them; a
 * new chain head starts the next height. A message is read as an envelope first (its outer author
 * recovered, nothing else), and its justification is recovered only by the height manager once the
 * author is known to be a validator that may send it ({@link MessageIntake} has already dropped
 * what non-validators sent, and duplicates). The node takes part only in heights whose validator
 * set holds it, decided afresh at every height: a node voted in starts validating at the first
 * height it belongs to, without a restart, and one voted out stops. Only the event-loop thread
 * calls {@link #handle}.
 */
public final class QbftController {
  private static final Logger LOG = LoggerFactory.getLogger(QbftController.class);

  /** Messages kept per author for heights and rounds not yet reached. */
  static final int BUFFER_PER_AUTHOR = 64;

  /** Distinct authors whose future messages are kept. */
  static final int BUFFER_AUTHORS = 256;

  /** Encoded bytes of future messages kept in all. */
  static final long BUFFER_BYTES = 64L * 1024 * 1024;

  /**
   * Messages further ahead than this are dropped: a validator that far behind catches up by sync,
   * not by replaying consensus messages.
   */
  static final long MAX_HEIGHTS_AHEAD = 16;

  private final QbftServices services;
  private final MessageSigner signer;
  private final QbftMetrics metrics;
  private final Consumer<QbftEvent> events;
  private final FutureMessageBuffer buffer;
  private final Rejections rejections;
  private final Optional<LockedState> persisted;
  private long currentHeight = -1;
  private long previousProposalAtMillis = -1;

  /** The validators of {@link #currentHeight}, whose messages for later heights are kept. */
  private ValidatorSet currentValidators;

  /** The current height's manager; null while this node is not one of its validators. */
  private HeightManager height;

  /**
   * {@code events} is where timers put their events: the event loop's {@link QbftEventLoop#offer}.
   */
  public QbftController(QbftServices services, QbftMetrics metrics, Consumer<QbftEvent> events) {
    this.services = services;
    this.signer = new MessageSigner(services.nodeKey());
    this.metrics = metrics;
    this.events = events;
    this.buffer = new FutureMessageBuffer(BUFFER_PER_AUTHOR, BUFFER_AUTHORS, BUFFER_BYTES, metrics);
    this.rejections = new Rejections(metrics, services.network());
    this.persisted = services.stateStore().load();
  }

  public Address localAddress() {
    return signer.address();
  }

  /** Starts the height above the current head. Call once, on the consensus thread. */
  public void start() {
    startHeight(services.chain().head());
  }

  public void handle(QbftEvent event) {
    if (event instanceof QbftEvent.MessageReceived received) {
      DecodedEnvelope decoded =
          QbftMessageCodec.decodeEnvelope(received.code(), received.data().toArray());
      if (decoded instanceof DecodedEnvelope.Read read) {
        metrics.recovered(1);
        route(new ReceivedEnvelope(received.sender(), read.envelope()));
      } else if (decoded instanceof DecodedEnvelope.Malformed malformed) {
        rejections.reject(received.sender(), MessageRejection.MALFORMED, malformed.reason());
      }
    } else if (event instanceof QbftEvent.RoundTimerFired fired) {
      if (height != null && fired.round().height() == height.height()) {
        height.onRoundTimer(fired.round().round());
      }
    } else if (event instanceof QbftEvent.BlockTimerFired fired) {
      if (height != null && fired.height() == height.height()) {
        height.onBlockTimer();
      }
    } else if (event instanceof QbftEvent.NewChainHead head) {
      if (head.header().number() >= currentHeight) {
        startHeight(head.header());
      }
    }
  }

  /**
   * Messages for the current height go to its manager, which checks the envelope before opening the
   * justification. A later height's messages are kept as envelopes, and only those that this
   * height's validators signed and sent themselves (a set rarely changes from one height to the
   * next; a message dropped here is recovered by QBFT's round changes).
   */
  private void route(ReceivedEnvelope message) {
    if (currentHeight < 0) {
      return;
    }
    long messageHeight = message.envelope().round().height();
    if (messageHeight < currentHeight) {
      metrics.old();
    } else if (messageHeight > currentHeight + MAX_HEIGHTS_AHEAD) {
      metrics.evicted();
    } else if (messageHeight > currentHeight) {
      bufferFuture(message);
    } else if (height != null) {
      height.handle(message);
    } else {
      metrics.old(); // this node is not a validator of the height: nothing to do with it
    }
  }

  private void bufferFuture(ReceivedEnvelope message) {
    Address author = message.author();
    if (!author.equals(message.sender())) {
      rejections.reject(
          message.sender(), MessageRejection.NOT_FROM_AUTHOR, author, message.sender());
    } else if (!currentValidators.contains(author)) {
      rejections.count(MessageRejection.NOT_A_VALIDATOR);
    } else {
      buffer.add(message);
    }
  }

  private void startHeight(BlockHeader parent) {
    if (height != null) {
      previousProposalAtMillis = height.roundZeroProposalAtMillis();
    }
    long number = parent.number() + 1;
    currentHeight = number;
    ValidatorSet validators = new ValidatorSet(services.validators().validatorsAt(number));
    currentValidators = validators;
    if (!validators.contains(signer.address())) {
      if (height != null) {
        LOG.info("Not a validator from height={}; following only", number);
      }
      height = null;
      previousProposalAtMillis = -1;
      buffer.takeUpTo(new ConsensusRound(number, Integer.MAX_VALUE)).forEach(m -> metrics.old());
      return;
    }
    if (height == null) {
      LOG.info("Validating from height={} validators={}", number, validators.size());
    }
    long previousProposalAt = previousProposalAtMillis;
    height =
        new HeightManager(
            services,
            signer,
            metrics,
            buffer,
            rejections,
            new HeightContext(parent, validators),
            persisted,
            events,
            previousProposalAt);
    LOG.debug(
        "Starting height={} validators={} local={}", number, validators.size(), signer.address());
    height.start();
    for (ReceivedEnvelope message :
        buffer.takeUpTo(new ConsensusRound(number, Integer.MAX_VALUE))) {
      if (message.envelope().round().height() == number) {
        height.handle(message);
      } else {
        metrics.old();
      }
    }
  }
}
