package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PublicKey;
import java.util.List;

/** The first message each side sends after the handshake. */
public record Hello(
    long protocolVersion,
    String clientId,
    List<Capability> capabilities,
    int listenPort,
    PublicKey nodeId) {
  /** Version 5 means payloads after Hello are Snappy-compressed. */
  public static final int PROTOCOL_VERSION = 5;

  public Hello {
    capabilities = List.copyOf(capabilities);
  }
}
