package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.spi.Word;
import java.util.Locale;
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

  /**
   * The consent purpose under which a merchant uses a member's data about this behaviour (the
   * referral, the review, the share, the content) to reward it: {@code
   * keccak256("coterie.behaviour.referral")}, {@code ...review}, {@code ...share}, {@code
   * ...content}. Loyalty version 2 requires it (see {@link BehaviourConsent}).
   */
  public Word consentPurpose() {
    return Word.keccak("coterie.behaviour." + name().toLowerCase(Locale.ROOT));
  }
}
