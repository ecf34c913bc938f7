package io.coterie.node.rlp;

/**
 * Input that is not canonical RLP, or is larger than the reader allows. The message says which and
 * where.
 */
public final class RlpException extends RuntimeException {
  public RlpException(String message) {
    super(message);
  }
}
