package io.coterie.node.consensus.qbft.message;

import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.List;

/** The QBFT view of a block: its hash modulo round and seals, its round, re-rounding, sealing. */
public final class QbftBlocks {
  private static final QbftBlockHashing HASHING = new QbftBlockHashing();

  private QbftBlocks() {}

  /** The block hash QBFT agrees on: extraData with round 0 and no seals. */
  public static Hash hash(Block block) {
    return HASHING.hash(block.header());
  }

  public static Hash hash(BlockHeader header) {
    return HASHING.hash(header);
  }

  /** What a commit seal for this block (with the round in its extraData) signs. */
  public static Hash commitSealHash(Block block) {
    return QbftBlockHashing.commitSealHash(block.header());
  }

  /** Throws {@link io.coterie.node.rlp.RlpException} when the extraData is not QBFT's. */
  public static QbftExtraData extraData(BlockHeader header) {
    return QbftExtraDataCodec.decode(header.extraData().toArray());
  }

  /** The same block proposed in another round: only extraData's round changes, not the hash. */
  public static Block withRound(Block block, int round) {
    QbftExtraData extra = extraData(block.header()).withRound(round).withSeals(List.of());
    return withExtraData(block, extra);
  }

  public static Block withSeals(Block block, List<Bytes> seals) {
    return withExtraData(block, extraData(block.header()).withSeals(seals));
  }

  private static Block withExtraData(Block block, QbftExtraData extra) {
    BlockHeader header = block.header().withExtraData(Bytes.of(QbftExtraDataCodec.encode(extra)));
    return new Block(header, block.transactions());
  }
}
