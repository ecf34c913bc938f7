package io.coterie.node.consensus.qbft.extradata;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps {@link QbftExtraData} to and from the header's extraData bytes, as Besu's QBFT encodes it.
 */
public final class QbftExtraDataCodec {
  private static final int MAX_VALIDATORS = 1_024;

  private QbftExtraDataCodec() {}

  public static byte[] encode(QbftExtraData extra) {
    return encode(extra, extra.round(), extra.seals());
  }

  /**
   * The form the block hash covers: round 0 and no seals, so the hash is the same whatever round
   * the block was committed in and before any seal exists.
   */
  public static byte[] encodeForBlockHash(QbftExtraData extra) {
    return encode(extra, 0, List.of());
  }

  /** The form commit seals sign: the round kept, the seals left out. */
  public static byte[] encodeForCommitSeal(QbftExtraData extra) {
    return encode(extra, extra.round(), List.of());
  }

  private static byte[] encode(QbftExtraData extra, int round, List<Bytes> seals) {
    RlpWriter out = new RlpWriter().startList();
    out.writeBytes(extra.vanity().toArray());
    out.startList();
    for (Address validator : extra.validators()) {
      out.writeBytes(validator.toArray());
    }
    out.endList();
    out.startList();
    extra
        .vote()
        .ifPresent(
            vote ->
                out.writeBytes(vote.recipient().toArray())
                    .writeBytes(new byte[] {vote.add() ? ValidatorVote.ADD : ValidatorVote.DROP}));
    out.endList();
    out.writeLong(round);
    out.startList();
    for (Bytes seal : seals) {
      out.writeBytes(seal.toArray());
    }
    out.endList();
    return out.endList().toByteArray();
  }

  public static QbftExtraData decode(byte[] extraData) {
    RlpReader outer = new RlpReader(extraData);
    RlpReader in = outer.enterList();
    outer.requireEnd("QBFT extraData");
    byte[] vanity = in.readBytes(QbftExtraData.VANITY_SIZE, "QBFT vanity");
    List<Address> validators = new ArrayList<>();
    RlpReader validatorList = in.enterList();
    while (validatorList.hasNext()) {
      if (validators.size() == MAX_VALIDATORS) {
        throw new RlpException("QBFT extraData lists more than " + MAX_VALIDATORS + " validators");
      }
      validators.add(Address.wrap(validatorList.readBytes(Address.SIZE, "validator address")));
    }
    Optional<ValidatorVote> vote = decodeVote(in.enterList());
    long round = in.readLong();
    if (round > Integer.MAX_VALUE) {
      throw new RlpException("QBFT round " + round + " is out of range");
    }
    List<Bytes> seals = new ArrayList<>();
    RlpReader sealList = in.enterList();
    while (sealList.hasNext()) {
      if (seals.size() == MAX_VALIDATORS) {
        throw new RlpException("QBFT extraData carries more than " + MAX_VALIDATORS + " seals");
      }
      seals.add(Bytes.of(sealList.readBytes(QbftExtraData.SEAL_SIZE, "committed seal")));
    }
    in.requireEnd("QBFT extraData list");
    return new QbftExtraData(Bytes.of(vanity), validators, vote, (int) round, seals);
  }

  private static Optional<ValidatorVote> decodeVote(RlpReader in) {
    if (!in.hasNext()) {
      return Optional.empty();
    }
    Address recipient = Address.wrap(in.readBytes(Address.SIZE, "vote recipient"));
    byte[] direction = in.readBytes(1, "vote direction");
    in.requireEnd("QBFT vote");
    if (direction[0] != ValidatorVote.ADD && direction[0] != ValidatorVote.DROP) {
      throw new RlpException("vote direction must be 0xff (add) or 0x00 (drop)");
    }
    return Optional.of(new ValidatorVote(recipient, direction[0] == ValidatorVote.ADD));
  }
}
