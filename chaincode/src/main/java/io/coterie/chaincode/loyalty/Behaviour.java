package io.coterie.chaincode.loyalty;

import java.util.Optional;

/** Behaviours a program rewards, by their {@code uint8 kind} in the ABI (the ordinal). */
public enum Behaviour {
  REFERRAL,
  REVIEW,
  SHARE,
  CONTENT;

  /** The behaviour with ABI kind {@code kind}, if there is one. */
  public static Optional<Behaviour> ofKind(long kind) {
    Behaviour[] all = values();
    return kind >= 0 && kind < all.length ? Optional.of(all[(int) kind]) : Optional.empty();
  }
}
