package io.coterie.chaincode.provenance;

import java.util.Locale;
import java.util.Optional;

/** CBV 2.0 error-declaration reasons ({@code urn:epcglobal:cbv:er:<name>}); code ordinal + 1. */
public enum ErrorReason {
  DID_NOT_OCCUR,
  INCORRECT_DATA;

  private static final ErrorReason[] VALUES = values();

  public int code() {
    return ordinal() + 1;
  }

  public String urn() {
    return "urn:epcglobal:cbv:er:" + name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ErrorReason> fromCode(int code) {
    return code >= 1 && code <= VALUES.length ? Optional.of(VALUES[code - 1]) : Optional.empty();
  }
}
