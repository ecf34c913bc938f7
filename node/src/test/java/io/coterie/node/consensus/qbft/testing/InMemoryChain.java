package io.coterie.node.consensus.qbft.testing;

import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.consensus.qbft.port.BlockCommitter;
import io.coterie.node.consensus.qbft.port.BlockVerdict;
import io.coterie.node.consensus.qbft.port.BlockVerifier;
import io.coterie.node.consensus.qbft.port.QbftChain;
import io.coterie.node.consensus.qbft.port.ValidatorProvider;
import io.coterie.node.consensus.qbft.wire.Signatures;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The scripted environment of the algorithm: a chain of QBFT blocks in memory. Blocks have no
 * transactions; a block's "content" is its state root, which tests vary to make different blocks.
 * Committing re-checks every seal against the validators (as the real importer does) and reports
 * the new head to the listener.
 */
public final class InMemoryChain implements QbftChain, BlockVerifier, BlockCommitter {
  private final List<Block> blocks = new ArrayList<>();
  private final Set<Hash> invalid = new HashSet<>();
  private ValidatorProvider validators;
  private Consumer<BlockHeader> listener = header -> {};

  public InMemoryChain(List<Address> genesisValidators) {
    QbftExtraData extra = QbftExtraData.unsealed(genesisValidators, Optional.empty(), 0);
    blocks.add(new Block(header(Hash.ZERO, Address.ZERO, 0, 0, extra, Hash.ZERO), List.of()));
  }

  public void validators(ValidatorProvider provider) {
    this.validators = provider;
  }

  public void onNewHead(Consumer<BlockHeader> newListener) {
    this.listener = newListener;
  }

  /** A block on {@code parent}; {@code content} picks its state root. */
  public static Block block(
      BlockHeader parent, Address proposer, long timestamp, QbftExtraData extra, long content) {
    Hash state = Hash.keccak(BigInteger.valueOf(content).toByteArray());
    return new Block(
        header(QbftBlocks.hash(parent), proposer, parent.number() + 1, timestamp, extra, state),
        List.of());
  }

  private static BlockHeader header(
      Hash parentHash,
      Address coinbase,
      long number,
      long timestamp,
      QbftExtraData extra,
      Hash state) {
    return new BlockHeader(
        parentHash,
        Hash.EMPTY_LIST,
        coinbase,
        state,
        Hash.EMPTY_TRIE,
        Hash.EMPTY_TRIE,
        Bloom.EMPTY,
        BigInteger.ONE,
        number,
        30_000_000,
        0,
        timestamp,
        Bytes.of(QbftExtraDataCodec.encode(extra)),
        QbftBlockHashing.MIX_HASH,
        Bytes.of(new byte[8]),
        BigInteger.ZERO);
  }

  /** Proposals of this block will fail verification (as a block that re-executes wrongly). */
  public void markInvalid(Block block) {
    invalid.add(QbftBlocks.hash(block));
  }

  @Override
  public synchronized BlockHeader head() {
    return blocks.get(blocks.size() - 1).header();
  }

  @Override
  public synchronized Optional<BlockHeader> header(long number) {
    return number < blocks.size()
        ? Optional.of(blocks.get((int) number).header())
        : Optional.empty();
  }

  public synchronized Block block(long number) {
    return blocks.get((int) number);
  }

  public synchronized long headNumber() {
    return blocks.size() - 1;
  }

  @Override
  public BlockVerdict verify(Block block) {
    BlockHeader head = head();
    if (!block.header().parentHash().equals(QbftBlocks.hash(head))) {
      return BlockVerdict.invalid("parent " + block.header().parentHash() + " is not the head");
    }
    if (invalid.contains(QbftBlocks.hash(block))) {
      return BlockVerdict.invalid("state root mismatch after re-execution");
    }
    return BlockVerdict.valid();
  }

  @Override
  public void commit(Block sealed) {
    BlockHeader header;
    synchronized (this) {
      if (verify(sealed) instanceof BlockVerdict.Invalid invalidBlock) {
        throw new IllegalStateException(invalidBlock.reason());
      }
      ValidatorSet set = new ValidatorSet(validators.validatorsAt(sealed.header().number()));
      QbftExtraData extra = QbftBlocks.extraData(sealed.header());
      Hash sealHash = QbftBlockHashing.commitSealHash(sealed.header());
      Set<Address> sealers = new HashSet<>();
      for (Bytes seal : extra.seals()) {
        Address sealer =
            Signatures.recover(sealHash, seal)
                .filter(set::contains)
                .orElseThrow(() -> new IllegalStateException("a seal is not a validator's"));
        sealers.add(sealer);
      }
      if (sealers.size() < set.quorum()) {
        throw new IllegalStateException("only " + sealers.size() + " seals");
      }
      blocks.add(sealed);
      header = sealed.header();
    }
    listener.accept(header);
  }
}
