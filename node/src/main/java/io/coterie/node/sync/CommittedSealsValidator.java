package io.coterie.node.sync;

import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.message.ValidatorSet;
import io.coterie.node.consensus.qbft.wire.Signatures;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a header is final: it carries at least a quorum ({@code ceil(2n/3)}) of commit seals,
 * each a valid signature over the header's commit-seal hash by a distinct validator of its height.
 * One bad seal rejects the header, even when the others would make a quorum: an honest proposer
 * never attaches one.
 */
public final class CommittedSealsValidator {

  /** The verdict on one header's seals. */
  public sealed interface Verdict {
    /** Final: signed by these validators (a quorum of the height's set). */
    record Final(List<Address> signers) implements Verdict {
      public Final {
        signers = List.copyOf(signers);
      }
    }

    record Rejected(String reason) implements Verdict {}
  }

  /** Checks {@code header}'s seals against {@code validators}, the validator set of its height. */
  public Verdict validate(BlockHeader header, List<Address> validators) {
    long number = header.number();
    QbftExtraData extra;
    try {
      extra = QbftExtraDataCodec.decode(header.extraData().toArray());
    } catch (RlpException | IllegalArgumentException e) {
      return new Verdict.Rejected(
          "block " + number + " has no QBFT extraData (" + e.getMessage() + ")");
    }
    ValidatorSet set = new ValidatorSet(validators);
    Hash sealHash = QbftBlockHashing.commitSealHash(header);
    Set<Address> signers = new TreeSet<>();
    List<Bytes> seals = extra.seals();
    for (int i = 0; i < seals.size(); i++) {
      Optional<Address> signer = Signatures.recover(sealHash, seals.get(i));
      if (signer.isEmpty()) {
        return new Verdict.Rejected(
            "block "
                + number
                + ": commit seal "
                + i
                + " is not a valid signature (malformed, high-s or unrecoverable)");
      }
      if (!set.contains(signer.get())) {
        return new Verdict.Rejected(
            "block "
                + number
                + ": commit seal "
                + i
                + " recovers to "
                + signer.get()
                + ", which is not a validator at height "
                + number
                + " "
                + set.members()
                + " (or it signed another block)");
      }
      if (!signers.add(signer.get())) {
        return new Verdict.Rejected(
            "block " + number + ": commit seal " + i + " repeats signer " + signer.get());
      }
    }
    if (signers.size() < set.quorum()) {
      return new Verdict.Rejected(
          "block "
              + number
              + " carries "
              + signers.size()
              + " commit seals but finality needs a quorum of "
              + set.quorum()
              + " of its "
              + set.size()
              + " validators");
    }
    return new Verdict.Final(List.copyOf(signers));
  }
}
