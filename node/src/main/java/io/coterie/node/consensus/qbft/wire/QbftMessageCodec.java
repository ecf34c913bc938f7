package io.coterie.node.consensus.qbft.wire;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.Payload;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whole QBFT messages. A signed payload is {@code [payload, signature65]}. Proposal: {@code
 * [signedProposal, [signedRoundChange...], [signedPrepare...]]}; prepare and commit: the signed
 * payload; round change: {@code [signedRoundChange, block | [], [signedPrepare...]]}. Decoding is
 * strict (canonical RLP, no trailing bytes, bounded sizes and list lengths) and recovers every
 * author from its signature.
 */
public final class QbftMessageCodec {
  /** More justification entries than any validator set we accept can produce. */
  static final int MAX_JUSTIFICATIONS = 1_024;

  private QbftMessageCodec() {}

  public static QbftMessageCode code(QbftMessage message) {
    return PayloadCodec.code(message.signed().payload());
  }

  public static byte[] encode(QbftMessage message) {
    if (message instanceof Proposal p) {
      RlpWriter out = new RlpWriter().startList().writeRaw(encodeSigned(p.signed()));
      writeAll(out, p.roundChanges());
      writeAll(out, p.prepares());
      return out.endList().toByteArray();
    } else if (message instanceof Prepare p) {
      return encodeSigned(p.signed());
    } else if (message instanceof Commit c) {
      return encodeSigned(c.signed());
    }
    RoundChange rc = (RoundChange) message;
    RlpWriter out = new RlpWriter().startList().writeRaw(encodeSigned(rc.signed()));
    if (rc.certificate() instanceof PreparedCertificate.Present present) {
      out.writeRaw(BlockCodec.encode(present.block()));
      writeAll(out, present.prepares());
    } else {
      out.startList().endList();
      out.startList().endList();
    }
    return out.endList().toByteArray();
  }

  /** The encoded prepared certificate, as {@code ConsensusStateStore} keeps it. */
  public static byte[] encodeCertificate(PreparedCertificate.Present certificate) {
    RlpWriter out = new RlpWriter().startList().writeRaw(BlockCodec.encode(certificate.block()));
    writeAll(out, certificate.prepares());
    return out.endList().toByteArray();
  }

  /** Reads what {@link #encodeCertificate} wrote; throws {@link RlpException} when corrupt. */
  public static PreparedCertificate.Present decodeCertificate(byte[] encoded) {
    RlpReader outer = new RlpReader(encoded);
    RlpReader in = outer.enterList();
    outer.requireEnd("prepared certificate");
    Block block = BlockCodec.decode(in.readRaw());
    List<SignedMessage<PreparePayload>> prepares =
        readSignedList(in.enterList(), PayloadCodec::decodePrepare);
    in.requireEnd("prepared certificate");
    return new PreparedCertificate.Present(block, prepares);
  }

  public static DecodedMessage decode(int code, byte[] data) {
    Optional<QbftMessageCode> known = QbftMessageCode.of(code);
    if (known.isEmpty()) {
      return new DecodedMessage.Malformed(
          "unknown QBFT message code 0x" + Integer.toHexString(code));
    }
    QbftMessageCode type = known.get();
    if (data.length > type.maxBytes()) {
      return new DecodedMessage.Malformed(
          type + " of " + data.length + " bytes exceeds the limit of " + type.maxBytes());
    }
    try {
      return new DecodedMessage.Decoded(decode(type, data));
    } catch (RlpException | IllegalArgumentException e) {
      return new DecodedMessage.Malformed(type + ": " + e.getMessage());
    }
  }

  private static QbftMessage decode(QbftMessageCode type, byte[] data) {
    return switch (type) {
      case PROPOSAL -> {
        RlpReader outer = new RlpReader(data);
        RlpReader in = outer.enterList();
        outer.requireEnd("proposal");
        var signed = readSigned(in, PayloadCodec::decodeProposal);
        var roundChanges = readSignedList(in.enterList(), PayloadCodec::decodeRoundChange);
        var prepares = readSignedList(in.enterList(), PayloadCodec::decodePrepare);
        in.requireEnd("proposal");
        yield new Proposal(signed, roundChanges, prepares);
      }
      case PREPARE -> new Prepare(readWhole(data, PayloadCodec::decodePrepare));
      case COMMIT -> new Commit(readWhole(data, PayloadCodec::decodeCommit));
      case ROUND_CHANGE -> {
        RlpReader outer = new RlpReader(data);
        RlpReader in = outer.enterList();
        outer.requireEnd("round change");
        SignedMessage<RoundChangePayload> signed = readSigned(in, PayloadCodec::decodeRoundChange);
        byte[] blockOrEmpty = in.readRaw();
        RlpReader prepares = in.enterList();
        PreparedCertificate certificate;
        if (blockOrEmpty.length == 1 && (blockOrEmpty[0] & 0xff) == 0xc0) {
          if (prepares.hasNext()) {
            throw new RlpException("a round change without a block must carry no prepares");
          }
          certificate = PreparedCertificate.absent();
        } else {
          certificate =
              new PreparedCertificate.Present(
                  BlockCodec.decode(blockOrEmpty),
                  readSignedList(prepares, PayloadCodec::decodePrepare));
        }
        in.requireEnd("round change");
        yield new RoundChange(signed, certificate);
      }
    };
  }

  private static byte[] encodeSigned(SignedMessage<? extends Payload> signed) {
    return new RlpWriter()
        .startList()
        .writeRaw(PayloadCodec.encode(signed.payload()))
        .writeBytes(signed.signature().toArray())
        .endList()
        .toByteArray();
  }

  private static void writeAll(RlpWriter out, List<? extends SignedMessage<?>> messages) {
    out.startList();
    for (SignedMessage<?> m : messages) {
      out.writeRaw(encodeSigned(m));
    }
    out.endList();
  }

  private static <P extends Payload> SignedMessage<P> readWhole(
      byte[] data, Function<byte[], P> decoder) {
    RlpReader in = new RlpReader(data);
    SignedMessage<P> signed = readSigned(in, decoder);
    in.requireEnd("signed message");
    return signed;
  }

  private static <P extends Payload> SignedMessage<P> readSigned(
      RlpReader outer, Function<byte[], P> decoder) {
    RlpReader in = outer.enterList();
    P payload = decoder.apply(in.readRaw());
    Bytes signature = Bytes.of(in.readBytes(65, "signature"));
    in.requireEnd("signed message");
    Address author =
        Signatures.recover(Signatures.signingHash(payload), signature)
            .orElseThrow(() -> new RlpException("signature recovers no public key"));
    return new SignedMessage<>(payload, signature, author);
  }

  private static <P extends Payload> List<SignedMessage<P>> readSignedList(
      RlpReader in, Function<byte[], P> decoder) {
    List<SignedMessage<P>> out = new ArrayList<>();
    while (in.hasNext()) {
      if (out.size() == MAX_JUSTIFICATIONS) {
        throw new RlpException("more than " + MAX_JUSTIFICATIONS + " justification messages");
      }
      out.add(readSigned(in, decoder));
    }
    return out;
  }
}
