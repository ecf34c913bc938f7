package io.coterie.node.p2p.rlpx;

/** A frame or message over its size limit; the peer is disconnected for a protocol breach. */
public final class MessageTooLargeException extends RuntimeException {
  public MessageTooLargeException(long size, long limit) {
    super("message of " + size + " bytes exceeds the limit of " + limit + " bytes");
  }
}
