package io.coterie.node.consensus.qbft.wire;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
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
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whole QBFT messages. A signed payload is {@code [payload, signature65]}. Proposal: {@code
 * [signedProposal, [signedRoundChange...], [signedPrepare...]]}; prepare and commit: the signed
 * payload; round change: {@code [signedRoundChange, block | [], [signedPrepare...]]}. Decoding is
 * strict (canonical RLP, no trailing bytes, bounded sizes and list lengths) and recovers every
 * author from its signature, in two steps: {@link #decodeEnvelope} recovers only the outer author,
 * and {@link #open} the justification, so that a message from a non-validator costs one recovery.
 */
public final class QbftMessageCodec {
  /** More justification entries than any validator set we accept can produce. */
  public static final int MAX_JUSTIFICATIONS = 1_024;

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
        readSignedList(in.enterList(), PayloadCodec::decodePrepare, MAX_JUSTIFICATIONS);
    in.requireEnd("prepared certificate");
    return new PreparedCertificate.Present(block, prepares);
  }

  /**
   * Decodes and checks a whole message, recovering every signature in it: {@link #decodeEnvelope}
   * then {@link #open}. For tools and tests; the node reads the envelope first and opens only the
   * messages of validators.
   */
  public static DecodedMessage decode(int code, byte[] data) {
    DecodedEnvelope envelope = decodeEnvelope(code, data);
    if (envelope instanceof DecodedEnvelope.Malformed malformed) {
      return new DecodedMessage.Malformed(malformed.reason());
    }
    return open(((DecodedEnvelope.Read) envelope).envelope(), MAX_JUSTIFICATIONS);
  }

  /**
   * Reads the outer signed payload's round and recovers its author: one signature, whatever the
   * message carries besides. The justification is neither parsed nor recovered here.
   */
  public static DecodedEnvelope decodeEnvelope(int code, byte[] data) {
    Optional<QbftMessageCode> known = QbftMessageCode.of(code);
    if (known.isEmpty()) {
      return new DecodedEnvelope.Malformed(
          "unknown QBFT message code 0x" + Integer.toHexString(code));
    }
    QbftMessageCode type = known.get();
    if (data.length > type.maxBytes()) {
      return new DecodedEnvelope.Malformed(
          type + " of " + data.length + " bytes exceeds the limit of " + type.maxBytes());
    }
    try {
      Outer outer = readOuter(type, data);
      byte[] signingHash = Signatures.signingHash(type, outer.payload());
      Address author =
          Signatures.recover(signingHash, outer.signature())
              .orElseThrow(() -> new RlpException("signature recovers no public key"));
      return new DecodedEnvelope.Read(
          new QbftEnvelope(type, outer.round(), author, Bytes.of(data), Hash.wrap(signingHash)));
    } catch (RlpException | IllegalArgumentException e) {
      return new DecodedEnvelope.Malformed(type + ": " + e.getMessage());
    }
  }

  /**
   * The round a message is for, read without recovering any signature (so a node can tell whether a
   * message it will not accept was for the height it is deciding); empty when unreadable.
   */
  public static Optional<ConsensusRound> peekRound(int code, byte[] data) {
    Optional<QbftMessageCode> known = QbftMessageCode.of(code);
    if (known.isEmpty() || data.length > known.get().maxBytes()) {
      return Optional.empty();
    }
    try {
      return Optional.of(readOuter(known.get(), data).round());
    } catch (RlpException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Decodes the whole message strictly and recovers its justification, refusing one with more than
   * {@code maxJustifications} entries in a list before recovering any of them (a justification
   * counts one message per validator, so a larger one cannot be valid).
   */
  public static DecodedMessage open(QbftEnvelope envelope, int maxJustifications) {
    try {
      return new DecodedMessage.Decoded(
          decode(envelope.type(), envelope.data().toArray(), envelope, maxJustifications));
    } catch (RlpException | IllegalArgumentException e) {
      return new DecodedMessage.Malformed(envelope.type() + ": " + e.getMessage());
    }
  }

  private record Outer(byte[] payload, Bytes signature, ConsensusRound round) {}

  private static Outer readOuter(QbftMessageCode type, byte[] data) {
    RlpReader holder =
        switch (type) {
          case PROPOSAL, ROUND_CHANGE -> new RlpReader(data).enterList();
          case PREPARE, COMMIT -> new RlpReader(data);
        };
    RlpReader in = holder.enterList();
    byte[] payload = in.readRaw();
    Bytes signature = Bytes.of(in.readBytes(65, "signature"));
    in.requireEnd("signed message");
    return new Outer(payload, signature, PayloadCodec.decodeRound(payload));
  }

  private static QbftMessage decode(
      QbftMessageCode type, byte[] data, QbftEnvelope envelope, int maxJustifications) {
    return switch (type) {
      case PROPOSAL -> {
        RlpReader outer = new RlpReader(data);
        RlpReader in = outer.enterList();
        outer.requireEnd("proposal");
        var signed = readSigned(in, PayloadCodec::decodeProposal, envelope);
        var roundChanges =
            readSignedList(in.enterList(), PayloadCodec::decodeRoundChange, maxJustifications);
        var prepares =
            readSignedList(in.enterList(), PayloadCodec::decodePrepare, maxJustifications);
        in.requireEnd("proposal");
        yield new Proposal(signed, roundChanges, prepares);
      }
      case PREPARE -> new Prepare(readWhole(data, PayloadCodec::decodePrepare, envelope));
      case COMMIT -> new Commit(readWhole(data, PayloadCodec::decodeCommit, envelope));
      case ROUND_CHANGE -> {
        RlpReader outer = new RlpReader(data);
        RlpReader in = outer.enterList();
        outer.requireEnd("round change");
        SignedMessage<RoundChangePayload> signed =
            readSigned(in, PayloadCodec::decodeRoundChange, envelope);
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
                  readSignedList(prepares, PayloadCodec::decodePrepare, maxJustifications));
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
      byte[] data, Function<byte[], P> decoder, QbftEnvelope envelope) {
    RlpReader in = new RlpReader(data);
    SignedMessage<P> signed = readSigned(in, decoder, envelope);
    in.requireEnd("signed message");
    return signed;
  }

  /** The outer signed payload, whose author the envelope already recovered. */
  private static <P extends Payload> SignedMessage<P> readSigned(
      RlpReader outer, Function<byte[], P> decoder, QbftEnvelope envelope) {
    Unrecovered<P> read = readUnrecovered(outer, decoder);
    // Strict decoding makes the re-encoding equal the bytes the author signed; checked anyway,
    // since the node re-encodes this payload when it passes it on in a certificate.
    if (!Hash.wrap(Signatures.signingHash(read.payload())).equals(envelope.signingHash())) {
      throw new RlpException("the payload is not in canonical form");
    }
    return new SignedMessage<>(read.payload(), read.signature(), envelope.author());
  }

  private record Unrecovered<P extends Payload>(P payload, Bytes signature) {}

  private static <P extends Payload> Unrecovered<P> readUnrecovered(
      RlpReader outer, Function<byte[], P> decoder) {
    RlpReader in = outer.enterList();
    P payload = decoder.apply(in.readRaw());
    Bytes signature = Bytes.of(in.readBytes(65, "signature"));
    in.requireEnd("signed message");
    return new Unrecovered<>(payload, signature);
  }

  private static <P extends Payload> SignedMessage<P> recover(Unrecovered<P> read) {
    Address author =
        Signatures.recover(Signatures.signingHash(read.payload()), read.signature())
            .orElseThrow(() -> new RlpException("signature recovers no public key"));
    return new SignedMessage<>(read.payload(), read.signature(), author);
  }

  /** Reads every entry first and recovers their authors only once the list is known to fit. */
  private static <P extends Payload> List<SignedMessage<P>> readSignedList(
      RlpReader in, Function<byte[], P> decoder, int max) {
    int limit = Math.min(max, MAX_JUSTIFICATIONS);
    List<Unrecovered<P>> read = new ArrayList<>();
    while (in.hasNext()) {
      if (read.size() == limit) {
        throw new RlpException(
            "more than "
                + limit
                + " justification messages"
                + (limit < MAX_JUSTIFICATIONS ? ", one per validator" : ""));
      }
      read.add(readUnrecovered(in, decoder));
    }
    List<SignedMessage<P>> out = new ArrayList<>(read.size());
    read.forEach(r -> out.add(recover(r)));
    return out;
  }
}
