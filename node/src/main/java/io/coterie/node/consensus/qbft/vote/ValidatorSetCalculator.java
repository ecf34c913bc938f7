package io.coterie.node.consensus.qbft.vote;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.port.QbftChain;
import io.coterie.node.consensus.qbft.port.ValidatorProvider;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validator sets from canonical headers. The set of an epoch block is the one its extraData lists
 * (genesis is block 0, an epoch block); after it, each block's vote is applied in order, by its
 * proposer (the coinbase). Validators of height h are the set after block h-1. Recent tallies are
 * cached by height and checked against the canonical hash, so following the head costs one header
 * per block. Thread-safe: consensus and RPC threads share one instance.
 */
public final class ValidatorSetCalculator implements ValidatorProvider {
  private static final int CACHE_SIZE = 64;

  private final QbftChain chain;
  private final long epochLength;
  private final TreeMap<Long, Cached> cache = new TreeMap<>();

  private record Cached(Hash blockHash, VoteTally tally) {}

  public ValidatorSetCalculator(QbftChain chain, long epochLength) {
    if (epochLength < 1) {
      throw new IllegalArgumentException("epoch length must be positive, got " + epochLength);
    }
    this.chain = chain;
    this.epochLength = epochLength;
  }

  public long epochLength() {
    return epochLength;
  }

  public boolean isEpochBlock(long number) {
    return number % epochLength == 0;
  }

  @Override
  public List<Address> validatorsAt(long height) {
    if (height < 1) {
      throw new IllegalArgumentException("validators are defined from height 1, got " + height);
    }
    return tallyAfter(height - 1).validators();
  }

  /** The tally after block {@code number}: the validators of {@code number + 1} and open votes. */
  public synchronized VoteTally tallyAfter(long number) {
    long epoch = number - number % epochLength;
    long from = epoch;
    VoteTally tally = null;
    Map.Entry<Long, Cached> cached = cache.floorEntry(number);
    if (cached != null && cached.getKey() >= epoch && matchesCanonical(cached)) {
      from = cached.getKey();
      tally = cached.getValue().tally();
    }
    if (tally == null) {
      BlockHeader epochHeader = header(epoch);
      tally = VoteTally.start(QbftBlocks.extraData(epochHeader).validators());
      remember(epochHeader, tally);
    }
    for (long n = from + 1; n <= number; n++) {
      BlockHeader header = header(n);
      QbftExtraData extra = QbftBlocks.extraData(header);
      if (extra.vote().isPresent()) {
        tally = tally.apply(header.coinbase(), extra.vote().get());
      }
      if (n == number) {
        remember(header, tally);
      }
    }
    return tally;
  }

  private boolean matchesCanonical(Map.Entry<Long, Cached> cached) {
    return chain
        .header(cached.getKey())
        .map(h -> QbftBlocks.hash(h).equals(cached.getValue().blockHash()))
        .orElse(false);
  }

  private void remember(BlockHeader header, VoteTally tally) {
    cache.put(header.number(), new Cached(QbftBlocks.hash(header), tally));
    while (cache.size() > CACHE_SIZE) {
      cache.pollFirstEntry();
    }
  }

  private BlockHeader header(long number) {
    return chain
        .header(number)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "block "
                        + number
                        + " is not on the canonical chain; validators are known up to head + 1"));
  }
}
