package io.coterie.node.consensus.qbft.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.types.Block;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QbftMessageCodecTest {
  private final TestValidators validators = TestValidators.create(4);
  private final InMemoryChain chain = new InMemoryChain(validators.addresses());
  private final Block block =
      InMemoryChain.block(
          chain.head(),
          validators.address(0),
          1,
          QbftExtraData.unsealed(validators.addresses(), Optional.empty(), 0),
          5);
  private final ConsensusRound round1 = new ConsensusRound(1, 1);

  private static QbftMessage roundTrip(QbftMessage message) {
    DecodedMessage decoded =
        QbftMessageCodec.decode(
            QbftMessageCodec.code(message).code(), QbftMessageCodec.encode(message));
    assertThat(decoded).isInstanceOf(DecodedMessage.Decoded.class);
    return ((DecodedMessage.Decoded) decoded).message();
  }

  @Test
  void everyMessageTypeRoundTripsAndRecoversItsAuthor() {
    RoundChange prepared = validators.roundChange(2, round1, block, 0, 1, 2);
    List<QbftMessage> messages =
        List.of(
            validators.proposal(0, block),
            validators.prepare(1, new ConsensusRound(1, 0), QbftBlocks.hash(block)),
            validators.commit(2, block),
            validators.roundChange(3, round1),
            prepared,
            validators.proposal(
                1,
                QbftBlocks.withRound(block, 1),
                List.of(
                    prepared, validators.roundChange(3, round1), validators.roundChange(1, round1)),
                ((io.coterie.node.consensus.qbft.message.PreparedCertificate.Present)
                        prepared.certificate())
                    .prepares()));

    for (QbftMessage message : messages) {
      assertThat(roundTrip(message)).isEqualTo(message);
    }
    assertThat(roundTrip(validators.commit(2, block)).author()).isEqualTo(validators.address(2));
  }

  @Test
  void usesBesuMessageCodes() {
    assertThat(QbftMessageCode.PROPOSAL.code()).isEqualTo(0x12);
    assertThat(QbftMessageCode.PREPARE.code()).isEqualTo(0x13);
    assertThat(QbftMessageCode.COMMIT.code()).isEqualTo(0x14);
    assertThat(QbftMessageCode.ROUND_CHANGE.code()).isEqualTo(0x15);
  }

  @Test
  void aSignatureForOneMessageTypeIsNotValidForAnother() {
    var prepare = validators.prepare(1, new ConsensusRound(1, 0), QbftBlocks.hash(block));
    byte[] encoded = QbftMessageCodec.encode(prepare);
    DecodedMessage asCommit = QbftMessageCodec.decode(QbftMessageCode.COMMIT.code(), encoded);
    assertThat(asCommit).isInstanceOf(DecodedMessage.Malformed.class);
  }

  @Test
  void aTamperedPayloadRecoversSomeoneElse() {
    byte[] encoded =
        QbftMessageCodec.encode(
            validators.prepare(1, new ConsensusRound(1, 0), QbftBlocks.hash(block)));
    encoded[10] ^= 1; // inside the digest
    DecodedMessage decoded = QbftMessageCodec.decode(QbftMessageCode.PREPARE.code(), encoded);
    if (decoded instanceof DecodedMessage.Decoded ok) {
      assertThat(ok.message().author()).isNotEqualTo(validators.address(1));
    } else {
      assertThat(decoded).isInstanceOf(DecodedMessage.Malformed.class);
    }
  }
}
