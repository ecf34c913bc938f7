package io.coterie.node.consensus.qbft.wire;

import io.coterie.node.consensus.qbft.message.CommitPayload;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Payload;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.ProposalPayload;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;

/**
 * Payload RLP: proposal {@code [[height, round], block]}, prepare {@code [[height, round],
 * digest]}, commit {@code [[height, round], digest, seal]}, round change {@code [[height, round],
 * [] | [preparedRound, preparedDigest]]}.
 */
public final class PayloadCodec {
  private PayloadCodec() {}

  public static QbftMessageCode code(Payload payload) {
    if (payload instanceof ProposalPayload) {
      return QbftMessageCode.PROPOSAL;
    } else if (payload instanceof PreparePayload) {
      return QbftMessageCode.PREPARE;
    } else if (payload instanceof CommitPayload) {
      return QbftMessageCode.COMMIT;
    }
    return QbftMessageCode.ROUND_CHANGE;
  }

  public static byte[] encode(Payload payload) {
    RlpWriter out = new RlpWriter().startList();
    out.startList().writeLong(payload.round().height()).writeLong(payload.round().round());
    out.endList();
    if (payload instanceof ProposalPayload p) {
      out.writeRaw(BlockCodec.encode(p.block()));
    } else if (payload instanceof PreparePayload p) {
      out.writeBytes(p.digest().toArray());
    } else if (payload instanceof CommitPayload p) {
      out.writeBytes(p.digest().toArray()).writeBytes(p.commitSeal().toArray());
    } else if (payload instanceof RoundChangePayload p) {
      out.startList();
      if (p.prepared() instanceof PreparedRound.PreparedAt at) {
        out.writeLong(at.round()).writeBytes(at.digest().toArray());
      }
      out.endList();
    }
    return out.endList().toByteArray();
  }

  static ProposalPayload decodeProposal(byte[] encoded) {
    RlpReader in = open(encoded);
    ConsensusRound round = readRound(in);
    byte[] block = in.readRaw();
    in.requireEnd("proposal payload");
    return new ProposalPayload(round, BlockCodec.decode(block));
  }

  static PreparePayload decodePrepare(byte[] encoded) {
    RlpReader in = open(encoded);
    ConsensusRound round = readRound(in);
    Hash digest = Hash.wrap(in.readBytes(Hash.SIZE, "prepare digest"));
    in.requireEnd("prepare payload");
    return new PreparePayload(round, digest);
  }

  static CommitPayload decodeCommit(byte[] encoded) {
    RlpReader in = open(encoded);
    ConsensusRound round = readRound(in);
    Hash digest = Hash.wrap(in.readBytes(Hash.SIZE, "commit digest"));
    Bytes seal = Bytes.of(in.readBytes(65, "commit seal"));
    in.requireEnd("commit payload");
    return new CommitPayload(round, digest, seal);
  }

  static RoundChangePayload decodeRoundChange(byte[] encoded) {
    RlpReader in = open(encoded);
    ConsensusRound round = readRound(in);
    RlpReader prepared = in.enterList();
    in.requireEnd("round change payload");
    if (!prepared.hasNext()) {
      return new RoundChangePayload(round, PreparedRound.none());
    }
    int preparedRound = readInt(prepared, "prepared round");
    Hash digest = Hash.wrap(prepared.readBytes(Hash.SIZE, "prepared digest"));
    prepared.requireEnd("prepared round metadata");
    if (preparedRound >= round.round()) {
      throw new RlpException(
          "prepared round " + preparedRound + " is not below target round " + round.round());
    }
    return new RoundChangePayload(round, new PreparedRound.PreparedAt(preparedRound, digest));
  }

  /** The round identifier at the head of any payload, the rest left unread. */
  static ConsensusRound decodeRound(byte[] encoded) {
    return readRound(open(encoded));
  }

  private static RlpReader open(byte[] encoded) {
    RlpReader outer = new RlpReader(encoded);
    RlpReader in = outer.enterList();
    outer.requireEnd("payload");
    return in;
  }

  private static ConsensusRound readRound(RlpReader in) {
    RlpReader round = in.enterList();
    long height = round.readLong();
    int number = readInt(round, "round");
    round.requireEnd("round identifier");
    if (height < 1) {
      throw new RlpException("height must be at least 1, got " + height);
    }
    return new ConsensusRound(height, number);
  }

  private static int readInt(RlpReader in, String what) {
    long value = in.readLong();
    if (value > Integer.MAX_VALUE) {
      throw new RlpException(what + " " + value + " is out of range");
    }
    return (int) value;
  }
}
