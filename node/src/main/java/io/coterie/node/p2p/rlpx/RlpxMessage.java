package io.coterie.node.p2p.rlpx;

import io.coterie.node.types.Bytes;

/**
 * One message on an RLPx connection: the absolute message id and the payload as it travels
 * (Snappy-compressed once both Hellos announced version 5).
 */
public record RlpxMessage(int code, Bytes payload) {
  public RlpxMessage {
    if (code < 0) {
      throw new IllegalArgumentException("message id must be non-negative, got " + code);
    }
  }
}
