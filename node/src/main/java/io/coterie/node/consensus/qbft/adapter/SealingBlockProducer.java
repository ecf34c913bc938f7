package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.BlockTemplate;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import java.util.List;
import java.util.Optional;

/**
 * Builds the next block from the pool on top of the head, as QBFT round 0 of the local proposer,
 * and adds this validator's commit seal. With one validator that seal is the whole quorum.
 */
public final class SealingBlockProducer {
  private final Blockchain chain;
  private final BlockExecutor executor;
  private final TransactionPool pool;
  private final NodeKey key;
  private final Address coinbase;

  public SealingBlockProducer(
      Blockchain chain, BlockExecutor executor, TransactionPool pool, NodeKey key) {
    this.chain = chain;
    this.executor = executor;
    this.pool = pool;
    this.key = key;
    this.coinbase = Address.wrap(key.publicKey().addressBytes());
  }

  public Address validatorAddress() {
    return coinbase;
  }

  /** Whether the pool has anything for the next block. */
  public boolean hasPendingTransactions() {
    return pool.status().pending() > 0;
  }

  public ExecutedBlock produce(long timestampSeconds, List<Address> validators) {
    BlockHeader parent = chain.head();
    long timestamp = Math.max(timestampSeconds, parent.timestamp());
    QbftExtraData extra = QbftExtraData.unsealed(validators, Optional.empty(), 0);
    BlockTemplate template =
        new BlockTemplate(
            timestamp,
            coinbase,
            Bytes.of(QbftExtraDataCodec.encode(extra)),
            QbftBlockHashing.MIX_HASH);
    ExecutedBlock built =
        executor.build(
            parent,
            chain.headHash(),
            chain.headWorldState(),
            template,
            pool.selectForBlock(parent.gasLimit()));
    BlockHeader unsealed = built.block().header();
    Bytes seal =
        Bytes.of(key.sign(QbftBlockHashing.commitSealHash(unsealed).toArray()).toBytes65());
    BlockHeader sealed =
        unsealed.withExtraData(Bytes.of(QbftExtraDataCodec.encode(extra.withSeals(List.of(seal)))));
    return new ExecutedBlock(
        new Block(sealed, built.block().transactions()),
        built.receipts(),
        built.state(),
        built.nodes());
  }
}
