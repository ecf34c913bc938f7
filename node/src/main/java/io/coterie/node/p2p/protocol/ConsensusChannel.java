package io.coterie.node.p2p.protocol;

import io.coterie.node.types.Address;
import java.util.Collection;
import java.util.Set;

/**
 * The QBFT message transport the consensus adapter uses: peers are named by the address of their
 * node key (a validator's address). Codes are {@code 0 ..} {@link ConsensusProtocol#MESSAGE_COUNT}
 * {@code - 1}; payloads at most {@link ConsensusProtocol#MAX_MESSAGE_SIZE} bytes.
 */
public interface ConsensusChannel {
  /** False when no connected peer has that address or the message could not be queued. */
  boolean send(Address recipient, int code, byte[] message);

  /** Sends to each connected recipient; returns how many were reached. */
  int multicast(Collection<Address> recipients, int code, byte[] message);

  /** Sends to every connected peer speaking the QBFT capability; returns how many. */
  int broadcast(int code, byte[] message);

  /** Addresses of connected peers speaking the QBFT capability. */
  Set<Address> connectedPeers();

  /** Scores {@code offence} against the connected peer with that address, if there is one. */
  void penalise(Address sender, Offence offence, String why);

  /** Sets the one receiver of incoming messages (replacing any earlier one). */
  void subscribe(ConsensusListener listener);
}
