package io.coterie.genesis.spec;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of {@code config.coterie.transitions}, like a Besu QBFT transition: from block {@code
 * block} on, the named chaincode precompiles (module names such as {@code provenance}) run at the
 * given versions; the others keep theirs. Before the first transition every precompile runs at
 * version 1; version 0 keeps a precompile switched off. Values are kept as read, so the validator
 * can explain a bad one.
 */
public record ChaincodeTransition(long block, SortedMap<String, Long> precompiles) {
  public ChaincodeTransition {
    Objects.requireNonNull(precompiles, "precompiles");
    SortedMap<String, Long> copy = new TreeMap<>();
    precompiles.forEach((name, v) -> copy.put(Objects.requireNonNull(name, "name"), v));
    precompiles = Collections.unmodifiableSortedMap(copy);
  }

  public static ChaincodeTransition at(long block, Map<String, Long> precompiles) {
    return new ChaincodeTransition(block, new TreeMap<>(precompiles));
  }

  /**
   * The block-0 transition this release starts new chains with (the devnet, {@code operator
   * generate-network}): every precompile at its newest version. Provenance 2 creates lots only
   * under GTINs the GTIN registry gives the caller; loyalty 2 rewards behaviours only with the
   * member's consent.
   */
  public static ChaincodeTransition newestAtGenesis() {
    return at(0, Map.of("loyalty", 2L, "provenance", 2L));
  }
}
