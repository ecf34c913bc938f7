package io.coterie.chaincode.gtin;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The GTIN registry account's storage in the genesis block: exactly the slots that registering the
 * same bindings through calls would write (no events).
 */
public final class GtinRegistryGenesis {
  private GtinRegistryGenesis() {}

  /**
   * Storage for {@code owners} (key → owner, each key a company prefix or a GTIN-14).
   *
   * @throws IllegalArgumentException for an invalid key or the zero address as owner (the genesis
   *     validator reports both first)
   */
  public static SortedMap<Word, Word> initialStorage(SortedMap<String, ChainAddress> owners) {
    SortedMap<Word, Word> slots = new TreeMap<>();
    AccountSlots registry = AccountSlots.inMap(slots);
    for (Map.Entry<String, ChainAddress> binding : owners.entrySet()) {
      if (GtinKey.parse(binding.getKey()).isEmpty()) {
        throw new IllegalArgumentException(
            "'" + binding.getKey() + "' is neither a company prefix nor a GTIN-14");
      }
      if (binding.getValue().equals(ChainAddress.ZERO)) {
        throw new IllegalArgumentException(
            "'" + binding.getKey() + "' cannot be bound to the zero address");
      }
      GtinOwnership.bind(registry, binding.getKey(), binding.getValue());
    }
    return slots;
  }
}
