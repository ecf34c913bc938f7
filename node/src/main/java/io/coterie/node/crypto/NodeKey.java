package io.coterie.node.crypto;

/**
 * A node's identity key (P2P handshake, QBFT messages and seals): the private key and its public
 * key, derived once. {@link #toString()} shows only the public key.
 */
public final class NodeKey {
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final Secp256k1 curve;

  public NodeKey(PrivateKey privateKey, Secp256k1 curve) {
    this.privateKey = privateKey;
    this.curve = curve;
    this.publicKey = curve.publicKey(privateKey);
  }

  public NodeKey(PrivateKey privateKey) {
    this(privateKey, Secp256k1.get());
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  public Signature sign(byte[] hash32) {
    return curve.sign(hash32, privateKey);
  }

  @Override
  public String toString() {
    return "NodeKey[" + publicKey.toHex() + "]";
  }
}
