package io.coterie.node.consensus.qbft.wire;

import java.util.Optional;

/** The QBFT sub-protocol's message codes, and how large each message may be. */
public enum QbftMessageCode {
  PROPOSAL(0x12, 16 * 1024 * 1024),
  PREPARE(0x13, 1024),
  COMMIT(0x14, 1024),
  ROUND_CHANGE(0x15, 16 * 1024 * 1024);

  private final int code;
  private final int maxBytes;

  QbftMessageCode(int code, int maxBytes) {
    this.code = code;
    this.maxBytes = maxBytes;
  }

  public int code() {
    return code;
  }

  /** Larger messages are refused before decoding. */
  public int maxBytes() {
    return maxBytes;
  }

  public static Optional<QbftMessageCode> of(int code) {
    for (QbftMessageCode c : values()) {
      if (c.code == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
