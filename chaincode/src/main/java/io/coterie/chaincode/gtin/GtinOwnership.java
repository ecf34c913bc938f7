package io.coterie.chaincode.gtin;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.Optional;

/**
 * Who owns a GTIN: the owner of its exact GTIN-14 binding if there is one, else the owner of the
 * longest company prefix bound that the GTIN carries. One to eight storage reads (the exact GTIN,
 * then prefixes of 12 down to 6 digits until one is bound). Stateless; for the Provenance
 * precompile (metered, inside its call) and the node (free reads).
 */
public final class GtinOwnership {
  private GtinOwnership() {}

  /** The registry's slots, charged to the current call. */
  public static AccountSlots metered(CallContext ctx) {
    return AccountSlots.metered(MeteredState.of(ctx, GtinRegistryLayout.ADDRESS));
  }

  /** The registry's slots, read for free (node-side readers). */
  public static AccountSlots readOnly(WorldStorage storage) {
    return AccountSlots.readOnly(storage, GtinRegistryLayout.ADDRESS);
  }

  /**
   * The binding that decides who owns {@code gtin14} (a valid GTIN-14), or empty when none covers
   * it.
   */
  public static Optional<GtinBinding> resolve(AccountSlots registry, String gtin14) {
    if (!GtinKey.isGtin14(gtin14)) {
      throw new IllegalArgumentException("'" + gtin14 + "' is not a GTIN-14; validate it first");
    }
    Optional<GtinBinding> exact = bound(registry, gtin14);
    if (exact.isPresent()) {
      return exact;
    }
    for (String prefix : GtinKey.candidatePrefixes(gtin14)) {
      Optional<GtinBinding> binding = bound(registry, prefix);
      if (binding.isPresent()) {
        return binding;
      }
    }
    return Optional.empty();
  }

  /** The owner of exactly {@code key}, if bound. */
  public static Optional<GtinBinding> bound(AccountSlots registry, String key) {
    Word owner = registry.load(GtinRegistryLayout.owner(key));
    return owner.isZero() ? Optional.empty() : Optional.of(new GtinBinding(key, owner.toAddress()));
  }

  /** Binds {@code key} to {@code owner}; the zero address unbinds it. */
  static void bind(AccountSlots registry, String key, ChainAddress owner) {
    registry.store(GtinRegistryLayout.owner(key), Word.of(owner));
  }
}
