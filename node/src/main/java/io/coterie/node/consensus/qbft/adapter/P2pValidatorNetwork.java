package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.consensus.qbft.port.Misconduct;
import io.coterie.node.consensus.qbft.port.QbftChain;
import io.coterie.node.consensus.qbft.port.ValidatorNetwork;
import io.coterie.node.consensus.qbft.port.ValidatorProvider;
import io.coterie.node.p2p.protocol.ConsensusChannel;
import io.coterie.node.p2p.protocol.Offence;
import io.coterie.node.types.Address;
import java.util.List;

/**
 * QBFT messages over the {@code qbft/1} capability, to the validators of the height above the head.
 * The controller handles its own messages itself, so none is looped back. Misconduct found in a
 * peer's messages becomes an {@link Offence} against that peer's connection.
 */
public final class P2pValidatorNetwork implements ValidatorNetwork {
  private final ConsensusChannel channel;
  private final QbftChain chain;
  private final ValidatorProvider validators;
  private final Address local;

  public P2pValidatorNetwork(
      ConsensusChannel channel, QbftChain chain, ValidatorProvider validators, Address local) {
    this.channel = channel;
    this.chain = chain;
    this.validators = validators;
    this.local = local;
  }

  @Override
  public void multicast(int messageCode, byte[] data) {
    List<Address> recipients =
        validators.validatorsAt(chain.head().number() + 1).stream()
            .filter(v -> !v.equals(local))
            .toList();
    channel.multicast(recipients, messageCode, data);
  }

  @Override
  public void send(Address validator, int messageCode, byte[] data) {
    channel.send(validator, messageCode, data);
  }

  @Override
  public void penalise(Address sender, Misconduct misconduct, String detail) {
    channel.penalise(sender, offence(misconduct), detail);
  }

  static Offence offence(Misconduct misconduct) {
    return switch (misconduct) {
      case MALFORMED -> Offence.MALFORMED;
      case UNAUTHORISED -> Offence.UNAUTHORISED;
      case INVALID -> Offence.INVALID;
      case CONFLICTING -> Offence.CONFLICTING;
      case UNEXPECTED -> Offence.FLOOD;
    };
  }
}
