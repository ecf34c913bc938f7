package io.coterie.node.rpc.explorer;

import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.wire.Signatures;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who made a QBFT block: its proposer (the header's coinbase, as {@code qbft_getSignerMetrics}
 * counts it) and the validators whose commit seals it carries, each recovered from its signature
 * over the header's commit-seal hash as sync's {@code CommittedSealsValidator} does.
 */
record BlockSeals(Address proposer, List<Address> signers, int round) {
  BlockSeals {
    signers = List.copyOf(signers);
  }

  /** Genesis and non-QBFT headers carry no seals: empty signers. */
  static BlockSeals of(BlockHeader header) {
    QbftExtraData extra;
    try {
      extra = QbftExtraDataCodec.decode(header.extraData().toArray());
    } catch (RlpException | IllegalArgumentException e) {
      return new BlockSeals(header.coinbase(), List.of(), 0);
    }
    Hash sealHash = QbftBlockHashing.commitSealHash(header);
    List<Address> signers = new ArrayList<>();
    for (Bytes seal : extra.seals()) {
      Optional<Address> signer = Signatures.recover(sealHash, seal);
      signer.ifPresent(signers::add);
    }
    return new BlockSeals(header.coinbase(), signers, extra.round());
  }
}
