package io.coterie.node.app;

import io.coterie.node.crypto.PrivateKey;
import java.util.Objects;

/**
 * The member relayer ({@code --relayer-key-file}): when enabled, the node signs members' passkey
 * requests with {@code key}, which must hold SPONSOR_ROLE, and serves {@code
 * coterie_createMemberAccount} and {@code coterie_sendMemberRequest} where the {@code coterie}
 * namespace is enabled. The key never reaches a log.
 */
public record RelayerConfig(boolean enabled, PrivateKey key) {
  public RelayerConfig {
    if (enabled) {
      Objects.requireNonNull(key, "key");
    }
  }

  public static RelayerConfig disabled() {
    return new RelayerConfig(false, null);
  }

  public static RelayerConfig of(PrivateKey key) {
    return new RelayerConfig(true, key);
  }

  @Override
  public String toString() {
    return enabled ? "RelayerConfig[enabled]" : "RelayerConfig[disabled]";
  }
}
