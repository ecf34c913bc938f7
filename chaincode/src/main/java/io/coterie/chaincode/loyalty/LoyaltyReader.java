package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Unmetered views of programs and balances for the node (RPC views, devnet checks) and for other
 * precompiles (e.g. a governor weighing votes by points). Balances depend on time, so the views
 * take the block timestamp. Stateless and thread-safe.
 */
public final class LoyaltyReader {

  /** Number of programs created so far (ids are {@code 0 .. count-1}). */
  public long programCount(WorldStorage storage) {
    return registry(storage).count();
  }

  /** Program {@code id}, if it exists. */
  public Optional<Program> program(WorldStorage storage, long id) {
    ProgramStore store = registry(storage);
    return store.exists(id) ? Optional.of(store.load(id)) : Optional.empty();
  }

  /** Whether program {@code id} exists (id in range and created): one read. */
  public boolean exists(WorldStorage storage, long id) {
    return registry(storage).exists(id);
  }

  /** Whether program {@code id}'s points can be transferred (false if it does not exist). */
  public boolean transferable(WorldStorage storage, long id) {
    ProgramStore store = registry(storage);
    return store.exists(id) && store.transferable(id);
  }

  /** Points program {@code id} gives for a granted consent (0: none, or no such program). */
  public BigInteger consentReward(WorldStorage storage, long id) {
    return exists(storage, id) ? registry(storage).consentReward(id) : BigInteger.ZERO;
  }

  /** {@code balanceOf(member)} of program {@code id} at {@code timestampSeconds} (0 if none). */
  public BigInteger balanceOf(
      WorldStorage storage, long id, ChainAddress member, long timestampSeconds) {
    return exists(storage, id)
        ? ledger(storage, id, timestampSeconds).balanceOf(member)
        : BigInteger.ZERO;
  }

  /** {@code totalSupply()} of program {@code id} at {@code timestampSeconds} (0 if none). */
  public BigInteger totalSupply(WorldStorage storage, long id, long timestampSeconds) {
    return exists(storage, id)
        ? ledger(storage, id, timestampSeconds).totalSupply()
        : BigInteger.ZERO;
  }

  /** The member's live lots, oldest first. */
  public List<Lot> lots(WorldStorage storage, long id, ChainAddress member, long timestampSeconds) {
    return exists(storage, id) ? ledger(storage, id, timestampSeconds).liveLots(member) : List.of();
  }

  /**
   * Points the member ever earned (awards, behaviour and consent rewards) in program {@code id}.
   */
  public BigInteger lifetimeEarned(WorldStorage storage, long id, ChainAddress member) {
    return exists(storage, id)
        ? storage
            .load(LoyaltyAddresses.token(id), TokenLayout.lifetimeEarned(member))
            .toBigInteger()
        : BigInteger.ZERO;
  }

  private static ProgramStore registry(WorldStorage storage) {
    return new ProgramStore(AccountSlots.readOnly(storage, LoyaltyAddresses.REGISTRY));
  }

  private static PointLedger ledger(WorldStorage storage, long id, long timestampSeconds) {
    return new PointLedger(
        AccountSlots.readOnly(storage, LoyaltyAddresses.token(id)), timestampSeconds);
  }
}
