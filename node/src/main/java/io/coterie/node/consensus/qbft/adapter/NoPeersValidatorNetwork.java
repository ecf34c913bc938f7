package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.consensus.qbft.port.Misconduct;
import io.coterie.node.consensus.qbft.port.ValidatorNetwork;
import io.coterie.node.types.Address;

/**
 * The network of a node without P2P (a single-validator devnet): there is no one to send to. The
 * controller handles its own messages itself, so a lone validator still reaches its quorum of one.
 */
public final class NoPeersValidatorNetwork implements ValidatorNetwork {
  @Override
  public void multicast(int messageCode, byte[] data) {}

  @Override
  public void send(Address validator, int messageCode, byte[] data) {}

  @Override
  public void penalise(Address sender, Misconduct misconduct, String detail) {}
}
