package io.coterie.node.types;

/** The outcome of recovering a transaction's sender from its signature. */
public sealed interface SignatureCheck permits SignatureCheck.Valid, SignatureCheck.Invalid {
  record Valid(Address sender) implements SignatureCheck {}

  /** The reason says which value is wrong, so it can go back to the client as is. */
  record Invalid(String reason) implements SignatureCheck {}
}
