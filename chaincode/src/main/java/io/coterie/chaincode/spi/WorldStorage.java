package io.coterie.chaincode.spi;

/**
 * Account storage as the precompile sees it: the storage trie of each account, slot → word. The
 * host backs it with the current transaction's overlay of the world state; reads see this call's
 * earlier writes.
 *
 * <p>Neither method charges gas: precompiles charge through {@link GasMeter} (see {@link
 * MeteredState}) so that node-side readers such as account permissioning can read for free.
 */
public interface WorldStorage {

  /** The word at {@code slot} of {@code account}; {@link Word#ZERO} when never written. */
  Word load(ChainAddress account, Word slot);

  /**
   * Writes {@code value} at {@code slot} of {@code account}; writing {@link Word#ZERO} deletes the
   * slot. In a static call the host throws {@link StaticCallViolation}.
   */
  void store(ChainAddress account, Word slot, Word value);
}
