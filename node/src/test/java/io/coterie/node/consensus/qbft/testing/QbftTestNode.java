package io.coterie.node.consensus.qbft.testing;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.port.BlockCreator;
import io.coterie.node.consensus.qbft.statemachine.MessageIntake;
import io.coterie.node.consensus.qbft.statemachine.QbftConfig;
import io.coterie.node.consensus.qbft.statemachine.QbftController;
import io.coterie.node.consensus.qbft.statemachine.QbftEvent;
import io.coterie.node.consensus.qbft.statemachine.QbftMetrics;
import io.coterie.node.consensus.qbft.statemachine.QbftServices;
import io.coterie.node.consensus.qbft.vote.PendingVotes;
import io.coterie.node.consensus.qbft.vote.ValidatorSetCalculator;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One validator under test: the real controller over the in-memory chain, manual time, a capturing
 * network and an in-memory state store. Events are handled synchronously on the test thread, in the
 * order the event loop would see them.
 */
public final class QbftTestNode {
  public static final QbftConfig CONFIG = new QbftConfig(1_000, 2_000, 1_000, 16_000);
  public static final long EPOCH = 30_000;

  private final TestValidators validators;
  private final int index;
  private final ManualTime time;
  private final QbftConfig config;
  private final InMemoryChain chain;
  private final CapturingNetwork network = new CapturingNetwork();
  private final MemoryStateStore store;
  private final ValidatorSetCalculator calculator;
  private final PendingVotes votes;
  private final Deque<QbftEvent> events = new ArrayDeque<>();
  private QbftMetrics metrics;
  private QbftController controller;
  private MessageIntake intake;
  private int generation;
  private long content;
  private boolean pendingTransactions = true;

  public QbftTestNode(TestValidators validators, int index, ManualTime time, QbftConfig config) {
    this(validators, index, time, config, new MemoryStateStore());
  }

  private QbftTestNode(
      TestValidators validators,
      int index,
      ManualTime time,
      QbftConfig config,
      MemoryStateStore store) {
    this.validators = validators;
    this.index = index;
    this.time = time;
    this.config = config;
    this.store = store;
    this.content = 1_000L * (index + 1);
    this.chain = new InMemoryChain(validators.addresses());
    this.calculator = new ValidatorSetCalculator(chain, EPOCH);
    this.chain.validators(calculator);
    this.votes = new PendingVotes(calculator, validators.address(index));
    chain.onNewHead(header -> events.add(new QbftEvent.NewChainHead(header)));
    time.afterEachTimer(this::drain);
  }

  public static QbftTestNode start(TestValidators validators, int index, ManualTime time) {
    QbftTestNode node = new QbftTestNode(validators, index, time, CONFIG);
    node.start();
    return node;
  }

  /** Starts (or restarts, as after a crash) the controller over the same chain and store. */
  public void start() {
    int mine = ++generation;
    metrics = new QbftMetrics();
    events.clear();
    QbftServices services =
        new QbftServices(
            config,
            validators.key(index),
            chain,
            calculator,
            new Creator(),
            chain,
            chain,
            network,
            store,
            votes,
            time,
            time);
    controller =
        new QbftController(
            services,
            metrics,
            event -> {
              if (generation == mine) {
                events.add(event);
              }
            });
    intake =
        new MessageIntake(
            chain, calculator, network, metrics, event -> generation == mine && events.add(event));
    controller.start();
    drain();
  }

  private final class Creator implements BlockCreator {
    @Override
    public Block create(BlockHeader parent, long timestampSeconds, QbftExtraData extraData) {
      return InMemoryChain.block(
          parent, validators.address(index), timestampSeconds, extraData, content++);
    }

    @Override
    public boolean hasPendingTransactions() {
      return pendingTransactions;
    }
  }

  /** Delivers {@code message} as its author's own connection would, through the real intake. */
  public void deliver(QbftMessage message) {
    deliverRaw(
        message.author(), QbftMessageCodec.code(message).code(), QbftMessageCodec.encode(message));
  }

  /** Bytes from validator 0's connection. */
  public void deliverRaw(int code, byte[] data) {
    deliverRaw(validators.address(0), code, data);
  }

  /** Bytes from the connection whose node key has address {@code sender}. */
  public void deliverRaw(Address sender, int code, byte[] data) {
    intake.receive(sender, code, data);
    drain();
  }

  /** Queues without handling, for a network that settles later. */
  void enqueue(Address sender, int code, byte[] data) {
    intake.receive(sender, code, data);
  }

  public void post(QbftEvent event) {
    events.add(event);
    drain();
  }

  /** Handles queued events; true when there were any. */
  public boolean drain() {
    boolean any = false;
    while (!events.isEmpty()) {
      controller.handle(events.poll());
      any = true;
    }
    return any;
  }

  public void pendingTransactions(boolean pending) {
    this.pendingTransactions = pending;
  }

  public Address address() {
    return validators.address(index);
  }

  public int index() {
    return index;
  }

  public InMemoryChain chain() {
    return chain;
  }

  public CapturingNetwork network() {
    return network;
  }

  public MemoryStateStore store() {
    return store;
  }

  public QbftMetrics metrics() {
    return metrics;
  }

  public PendingVotes votes() {
    return votes;
  }

  public ValidatorSetCalculator calculator() {
    return calculator;
  }

  public BlockHeader head() {
    return chain.head();
  }
}
