package io.coterie.node.consensus.qbft.wire;

import io.coterie.node.consensus.qbft.message.Payload;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Bytes;

/** Signs payloads and commit seals with the local validator's key. */
public final class MessageSigner {
  private final NodeKey key;
  private final Address address;

  public MessageSigner(NodeKey key) {
    this.key = key;
    this.address = Address.fromPublicKey(key.publicKey().toBytes());
  }

  public Address address() {
    return address;
  }

  public <P extends Payload> SignedMessage<P> sign(P payload) {
    byte[] hash = Signatures.signingHash(payload);
    return new SignedMessage<>(payload, Bytes.of(key.sign(hash).toBytes65()), address);
  }

  /** This validator's seal over {@code block} as proposed (its extraData round included). */
  public Bytes commitSeal(Block block) {
    return Bytes.of(key.sign(QbftBlocks.commitSealHash(block).toArray()).toBytes65());
  }
}
