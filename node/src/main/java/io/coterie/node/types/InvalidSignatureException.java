package io.coterie.node.types;

/**
 * Thrown by {@link Transaction#sender()} for a transaction whose signature does not recover. Code
 * that may meet unvalidated transactions calls {@link Transaction#signatureCheck()} instead.
 */
public final class InvalidSignatureException extends RuntimeException {
  public InvalidSignatureException(String message) {
    super(message);
  }
}
