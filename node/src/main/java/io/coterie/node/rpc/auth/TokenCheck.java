package io.coterie.node.rpc.auth;

/** The verdict on a bearer token: the caller it names, or why it is refused and what to do. */
public sealed interface TokenCheck permits TokenCheck.Valid, TokenCheck.Refused {
  record Valid(Caller caller) implements TokenCheck {}

  /** {@code message} says what is wrong and what to do; it never repeats the token. */
  record Refused(String message) implements TokenCheck {}
}
