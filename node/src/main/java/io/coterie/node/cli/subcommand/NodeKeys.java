package io.coterie.node.cli.subcommand;

import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.types.Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Loading a node key file, or generating and saving one when it is missing (as Besu does). */
final class NodeKeys {
  private NodeKeys() {}

  /** The outcome: the key and whether this call generated it. */
  record Loaded(NodeKey key, boolean generated) {}

  static Loaded loadOrGenerate(Path file) {
    if (Files.exists(file)) {
      return new Loaded(new NodeKey(KeyFiles.read(file)), false);
    }
    PrivateKey key = PrivateKey.random(new SecureRandom());
    KeyFiles.write(file, key);
    return new Loaded(new NodeKey(key), true);
  }

  static Address address(NodeKey key) {
    return Address.fromPublicKey(key.publicKey().toBytes());
  }

  /** The public key without {@code 0x}: the node id of an enode URL. */
  static String enodeId(NodeKey key) {
    return key.publicKey().toHex().substring(2);
  }
}
