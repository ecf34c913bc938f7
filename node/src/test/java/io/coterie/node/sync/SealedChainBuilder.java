package io.coterie.node.sync;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.app.ChainAccess;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.BlockTemplate;
import io.coterie.node.execution.BlockVerdict;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.support.DevKeys;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grows a real four-validator devnet chain (RocksDB, chaincode, executor) block by block, each
 * block with transfers and sealed by three of the four validators (a quorum), as QBFT would.
 */
final class SealedChainBuilder {
  static final int VALIDATORS = 4;

  private SealedChainBuilder() {}

  static ChainSpec spec() {
    return DevnetSpec.create(VALIDATORS, 1_000);
  }

  static List<NodeKey> validatorKeys() {
    return DevnetSpec.validatorKeys(VALIDATORS).stream()
        .map(a -> new NodeKey(PrivateKey.fromBigInteger(a.privateKey())))
        .toList();
  }

  /** Appends {@code count} sealed blocks with two transfers each to the chain's head. */
  static void grow(ChainAccess access, int count) {
    Blockchain chain = access.chain();
    List<NodeKey> keys = validatorKeys();
    List<Address> validators =
        QbftBlocks.extraData(chain.headerByNumber(0).orElseThrow()).validators();
    TransactionSigner admin = DevKeys.account(0);
    for (int i = 0; i < count; i++) {
      BlockHeader parent = chain.head();
      long number = parent.number() + 1;
      List<Transaction> txs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        long nonce = 2 * (number - 1) + t;
        txs.add(
            DevKeys.call(
                admin,
                nonce,
                DevKeys.address(4 + t),
                BigInteger.valueOf(number),
                Bytes.EMPTY,
                21_000));
      }
      NodeKey proposer = keys.get((int) (number % VALIDATORS));
      QbftExtraData extra = QbftExtraData.unsealed(validators, Optional.empty(), 0);
      BlockTemplate template =
          new BlockTemplate(
              number * 2,
              Address.wrap(proposer.publicKey().addressBytes()),
              Bytes.of(QbftExtraDataCodec.encode(extra)),
              QbftBlockHashing.MIX_HASH);
      ExecutedBlock built =
          access.executor().build(parent, chain.headHash(), chain.headWorldState(), template, txs);
      if (built.block().transactions().size() != txs.size()) {
        throw new IllegalStateException("block " + number + " left out transactions");
      }
      BlockHeader unsealed = built.block().header();
      List<Bytes> seals = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        NodeKey sealer = keys.get((int) ((number + s) % VALIDATORS));
        seals.add(
            Bytes.of(sealer.sign(QbftBlockHashing.commitSealHash(unsealed).toArray()).toBytes65()));
      }
      Block sealed = QbftBlocks.withSeals(built.block(), seals);
      access
          .importer()
          .importBlock(new ExecutedBlock(sealed, built.receipts(), built.state(), built.nodes()));
    }
  }

  /**
   * Imports {@code block} (from another chain) into {@code access} after re-execution only, without
   * looking at its seals: how a faulty or malicious peer comes to serve a badly sealed block.
   */
  static void importUnchecked(ChainAccess access, Block block) {
    Blockchain chain = access.chain();
    BlockVerdict verdict =
        access.executor().verify(block, chain.head(), chain.headHash(), chain.headWorldState());
    if (verdict instanceof BlockVerdict.Invalid invalid) {
      throw new IllegalStateException(invalid.reason());
    }
    access.importer().importBlock(((BlockVerdict.Valid) verdict).executed());
  }
}
