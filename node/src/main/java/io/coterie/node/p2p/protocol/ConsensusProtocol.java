package io.coterie.node.p2p.protocol;

import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.types.Address;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code qbft/1}: carries QBFT messages as opaque payloads under the code the QBFT wire layer
 * chose; this layer only enforces the code range and the size limit.
 */
public final class ConsensusProtocol implements SubProtocol, ConsensusChannel {
  public static final Capability CAPABILITY = new Capability("qbft", 1);

  /** As Besu's QBFT sub-protocol: the QBFT codes are 0x12 (proposal) .. 0x15 (round change). */
  public static final int MESSAGE_COUNT = 0x16;

  public static final int MAX_MESSAGE_SIZE = 4 * 1024 * 1024;

  private final Map<Address, PeerLink> peers = new ConcurrentHashMap<>();
  private volatile ConsensusListener listener = (sender, code, message) -> {};

  @Override
  public Capability capability() {
    return CAPABILITY;
  }

  @Override
  public int messageCount() {
    return MESSAGE_COUNT;
  }

  @Override
  public int maxMessageSize(int code) {
    return MAX_MESSAGE_SIZE;
  }

  @Override
  public void onPeerConnected(PeerLink peer) {
    peers.put(peer.address(), peer);
  }

  @Override
  public void onPeerDisconnected(PeerLink peer) {
    peers.remove(peer.address(), peer);
  }

  @Override
  public void handle(PeerLink peer, int code, byte[] payload) {
    listener.onMessage(peer.address(), code, payload);
  }

  @Override
  public boolean send(Address recipient, int code, byte[] message) {
    PeerLink peer = peers.get(recipient);
    return peer != null && peer.send(CAPABILITY, code, message);
  }

  @Override
  public int multicast(Collection<Address> recipients, int code, byte[] message) {
    int reached = 0;
    for (Address recipient : Set.copyOf(recipients)) {
      if (send(recipient, code, message)) {
        reached++;
      }
    }
    return reached;
  }

  @Override
  public int broadcast(int code, byte[] message) {
    return multicast(peers.keySet(), code, message);
  }

  @Override
  public void penalise(Address sender, Offence offence, String why) {
    PeerLink peer = peers.get(sender);
    if (peer != null) {
      peer.penalise(offence, why);
    }
  }

  @Override
  public Set<Address> connectedPeers() {
    return Set.copyOf(new TreeSet<>(peers.keySet()));
  }

  @Override
  public void subscribe(ConsensusListener listener) {
    this.listener = listener;
  }
}
