package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.Checkpoints;
import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A voting power source for tests: per-account and total checkpoints (the same {@link Checkpoints}
 * the governor uses) in the storage of a test account, one per source id. Tests give and take votes
 * at the current block as a token's transfers would.
 */
final class TestVotingPower implements VotingPowerSource {
  private static final Word TOTAL_SLOT = Word.of(1);
  private static final Word VOTES_SLOT = Word.of(0);

  private final ChainAddress account;

  TestVotingPower(long id) {
    this.account = ChainAddress.of(0x7e570000L + id);
  }

  /** Registers test sources under {@link VotingSourceKind#CARD_COLLECTION}. */
  static VotingPowerSources cardsRegistry() {
    VotingPowerSources sources = new VotingPowerSources();
    sources.register(VotingSourceKind.CARD_COLLECTION, TestVotingPower::new);
    return sources;
  }

  @Override
  public BigInteger pastVotes(WorldStorage storage, ChainAddress voter, long blockNumber) {
    return votes(storage, voter).upperLookup(blockNumber);
  }

  @Override
  public BigInteger pastTotalSupply(WorldStorage storage, long blockNumber) {
    return total(storage).upperLookup(blockNumber);
  }

  /** Test sources keep exact checkpoints, so any governor may count them. */
  @Override
  public Optional<String> unsuitability(WorldStorage storage) {
    return Optional.empty();
  }

  /** Changes {@code voter}'s votes by {@code delta} at the end of block {@code block}. */
  void add(WorldStorage storage, ChainAddress voter, long delta, long block) {
    Checkpoints mine = votes(storage, voter);
    mine.push(block, mine.upperLookup(block).add(BigInteger.valueOf(delta)));
    Checkpoints all = total(storage);
    all.push(block, all.upperLookup(block).add(BigInteger.valueOf(delta)));
  }

  private Checkpoints votes(WorldStorage storage, ChainAddress voter) {
    return new Checkpoints(slots(storage), StorageSlots.mapping(VOTES_SLOT, voter));
  }

  private Checkpoints total(WorldStorage storage) {
    return new Checkpoints(slots(storage), TOTAL_SLOT);
  }

  private AccountSlots slots(WorldStorage storage) {
    return new AccountSlots() {
      @Override
      public Word load(Word slot) {
        return storage.load(account, slot);
      }

      @Override
      public void store(Word slot, Word value) {
        storage.store(account, slot, value);
      }
    };
  }
}
