package io.coterie.node.p2p.rlpx;

/**
 * A handshake or frame a peer sent that cannot be decrypted, authenticated or parsed. The
 * connection is dropped and counted; the node carries on.
 */
public final class HandshakeException extends RuntimeException {
  public HandshakeException(String message) {
    super(message);
  }

  public HandshakeException(String message, Throwable cause) {
    super(message, cause);
  }
}
