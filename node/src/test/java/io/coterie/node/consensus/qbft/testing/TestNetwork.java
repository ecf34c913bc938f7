package io.coterie.node.consensus.qbft.testing;

import io.coterie.node.consensus.qbft.statemachine.QbftConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * N real validators wired through an in-memory network with one manual clock. A node that is
 * {@linkplain #disconnect disconnected} neither sends nor receives.
 */
public final class TestNetwork {
  private final ManualTime time = new ManualTime(1_000_000);
  private final List<QbftTestNode> nodes = new ArrayList<>();
  private final Set<Integer> disconnected = new HashSet<>();

  private TestNetwork(TestValidators validators, QbftConfig config) {
    for (int i = 0; i < validators.size(); i++) {
      nodes.add(new QbftTestNode(validators, i, time, config));
    }
    for (QbftTestNode from : nodes) {
      from.network()
          .forwardTo(
              (code, data) -> {
                if (disconnected.contains(from.index())) {
                  return;
                }
                for (QbftTestNode to : nodes) {
                  if (to != from && !disconnected.contains(to.index())) {
                    to.enqueue(from.address(), code, data);
                  }
                }
              });
    }
  }

  public static TestNetwork start(TestValidators validators, QbftConfig config) {
    TestNetwork network = new TestNetwork(validators, config);
    network.time.afterEachTimer(network::settle);
    network.nodes.forEach(QbftTestNode::start);
    network.settle();
    return network;
  }

  public QbftTestNode node(int i) {
    return nodes.get(i);
  }

  public List<QbftTestNode> nodes() {
    return nodes;
  }

  public void disconnect(int i) {
    disconnected.add(i);
  }

  public void reconnect(int i) {
    disconnected.remove(i);
  }

  public void advance(long millis) {
    for (long step = 0; step < millis; step += 50) {
      time.advance(Math.min(50, millis - step));
      settle();
    }
  }

  public void settle() {
    boolean busy = true;
    while (busy) {
      busy = false;
      for (QbftTestNode node : nodes) {
        busy |= node.drain();
      }
    }
  }
}
