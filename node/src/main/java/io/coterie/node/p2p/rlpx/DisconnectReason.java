package io.coterie.node.p2p.rlpx;

import java.util.Optional;

/** The devp2p disconnect reasons, with their wire codes. */
public enum DisconnectReason {
  REQUESTED(0x00, "disconnect requested"),
  TCP_ERROR(0x01, "TCP sub-system error"),
  PROTOCOL_BREACH(0x02, "breach of protocol: malformed, unknown or oversized message"),
  /**
   * Also used when node permissioning refuses a peer: the devp2p list has no "not permitted"
   * reason, and a peer we will not talk to is, to us, useless. The log says which.
   */
  USELESS_PEER(0x03, "useless peer: no shared capability or not on the node allowlist"),
  TOO_MANY_PEERS(0x04, "too many peers"),
  ALREADY_CONNECTED(0x05, "already connected"),
  INCOMPATIBLE_VERSION(0x06, "incompatible p2p protocol version"),
  NULL_IDENTITY(0x07, "null node identity received"),
  CLIENT_QUITTING(0x08, "client quitting"),
  UNEXPECTED_IDENTITY(0x09, "unexpected identity in handshake"),
  SAME_IDENTITY(0x0a, "identity is the same as this node"),
  TIMEOUT(0x0b, "ping timeout"),
  SUBPROTOCOL_ERROR(0x10, "some other reason specific to a subprotocol");

  private final int code;
  private final String description;

  DisconnectReason(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }

  public static Optional<DisconnectReason> fromCode(long code) {
    for (DisconnectReason reason : values()) {
      if (reason.code == code) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
