package io.coterie.chaincode.spi;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * From block {@code block} on, the named chaincode modules run at the given versions; modules not
 * named keep the version they had. Before the first transition every module runs at version 1.
 * Version 0 means "not active" (the module serves no address), so a block-0 transition can keep a
 * module a chain does not use yet switched off until a later transition activates it.
 */
public record VersionTransition(long block, SortedMap<String, Integer> versions) {
  public VersionTransition {
    Objects.requireNonNull(versions, "versions");
    if (block < 0) {
      throw new IllegalArgumentException("a transition's block cannot be negative: " + block);
    }
    SortedMap<String, Integer> copy = new TreeMap<>();
    versions.forEach(
        (name, version) -> {
          if (version < 0) {
            throw new IllegalArgumentException(
                "version of '%s' cannot be negative: %d".formatted(name, version));
          }
          copy.put(Objects.requireNonNull(name, "module name"), version);
        });
    versions = Collections.unmodifiableSortedMap(copy);
  }
}
