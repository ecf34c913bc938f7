package io.coterie.chaincode.gtin;

import io.coterie.chaincode.spi.ChainAddress;
import java.util.Objects;

/** A registry entry: {@code key} (a company prefix or a GTIN-14) belongs to {@code owner}. */
public record GtinBinding(String key, ChainAddress owner) {
  public GtinBinding {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(owner, "owner");
  }
}
