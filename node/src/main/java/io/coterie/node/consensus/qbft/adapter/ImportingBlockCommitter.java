package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.port.BlockCommitter;
import io.coterie.node.execution.BlockVerdict;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a sealed block that extends the head: the executed form from the verifier's cache, or
 * re-executed. Consensus commits and blocks received from peers both come here, so whichever
 * arrives second finds the block already imported and does nothing. The new head reaches QBFT
 * through the importer's listeners.
 */
public final class ImportingBlockCommitter implements BlockCommitter {
  private static final Logger LOG = LoggerFactory.getLogger(ImportingBlockCommitter.class);

  private final Blockchain chain;
  private final BlockImporter importer;
  private final ExecutingBlockVerifier verifier;

  public ImportingBlockCommitter(
      Blockchain chain, BlockImporter importer, ExecutingBlockVerifier verifier) {
    this.chain = chain;
    this.importer = importer;
    this.verifier = verifier;
  }

  @Override
  public void commit(Block sealedBlock) {
    importIfNext(sealedBlock);
  }

  /** Imports {@code block} when it extends the head; true when it is now the head. */
  public boolean importIfNext(Block block) {
    BlockHeader header = block.header();
    // The importer's own lock, so that checking the head and importing are one step.
    synchronized (importer) {
      BlockHeader head = chain.head();
      if (header.number() <= head.number()) {
        boolean known =
            chain
                .headerByNumber(header.number())
                .map(h -> QbftBlocks.hash(h).equals(QbftBlocks.hash(block)))
                .orElse(false);
        if (!known) {
          LOG.warn(
              "Block conflicts with the canonical chain number={} block={}",
              header.number(),
              QbftBlocks.hash(block));
        }
        return false;
      }
      if (header.number() != head.number() + 1 || !header.parentHash().equals(chain.headHash())) {
        LOG.debug(
            "Block does not extend the head number={} head={}", header.number(), head.number());
        return false;
      }
      BlockVerdict verdict = verifier.execute(block);
      if (verdict instanceof BlockVerdict.Invalid invalid) {
        LOG.warn(
            "Sealed block failed re-execution number={} reason={}",
            header.number(),
            invalid.reason());
        return false;
      }
      importer.importBlock(((BlockVerdict.Valid) verdict).executed());
      return true;
    }
  }
}
