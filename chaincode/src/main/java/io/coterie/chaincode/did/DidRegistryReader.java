package io.coterie.chaincode.did;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;

/**
 * Unmetered reads of the identity registry, for other precompiles (Consent honours a DID's
 * delegates) and the node. Registered in the {@link io.coterie.chaincode.spi.ServiceRegistry} by
 * {@link DidRegistryModule}. Stateless and thread-safe; a caller inside a call charges one storage
 * read per method.
 */
public final class DidRegistryReader {

  /** {@code identityOwner(identity)}: one storage read. */
  public ChainAddress identityOwner(WorldStorage storage, ChainAddress identity) {
    return state(storage).identityOwner(identity);
  }

  /**
   * {@code validDelegate(identity, delegateType, delegate)} at block time {@code nowSeconds}: one
   * storage read.
   */
  public boolean validDelegate(
      WorldStorage storage,
      ChainAddress identity,
      Word delegateType,
      ChainAddress delegate,
      long nowSeconds) {
    return state(storage).validDelegate(identity, delegateType, delegate, nowSeconds);
  }

  /** {@code changed(identity)}: the block of the identity's last change, 0 when none. */
  public BigInteger changed(WorldStorage storage, ChainAddress identity) {
    return state(storage).changed(identity);
  }

  private static DidRegistryState state(WorldStorage storage) {
    return new DidRegistryState(AccountSlots.readOnly(storage, DidRegistryPrecompile.ADDRESS));
  }
}
