package io.coterie.node.rpc.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The named block parameters of the execution API. */
public enum BlockTag {
  LATEST,
  EARLIEST,
  PENDING,
  SAFE,
  FINALIZED;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<BlockTag> fromJsonName(String text) {
    return Arrays.stream(values()).filter(t -> t.jsonName().equals(text)).findFirst();
  }

  static String allNames() {
    return Arrays.stream(values()).map(BlockTag::jsonName).collect(Collectors.joining(", "));
  }
}
