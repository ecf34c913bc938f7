package io.coterie.node.consensus.qbft.extradata;

import io.coterie.node.types.BlockHashing;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;

/**
 * QBFT's two header hashes, as Besu computes them: the block hash covers extraData with round 0 and
 * no seals; a commit seal signs the header with the round kept and the seals left out.
 */
public final class QbftBlockHashing implements BlockHashing {
  /** The mixHash every QBFT header carries ("BFT" marker, as Besu). */
  public static final Hash MIX_HASH =
      Hash.fromHex("0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365");

  @Override
  public Hash hash(BlockHeader header) {
    QbftExtraData extra = QbftExtraDataCodec.decode(header.extraData().toArray());
    return header.withExtraData(Bytes.of(QbftExtraDataCodec.encodeForBlockHash(extra))).hash();
  }

  public static Hash commitSealHash(BlockHeader header) {
    QbftExtraData extra = QbftExtraDataCodec.decode(header.extraData().toArray());
    return header.withExtraData(Bytes.of(QbftExtraDataCodec.encodeForCommitSeal(extra))).hash();
  }
}
