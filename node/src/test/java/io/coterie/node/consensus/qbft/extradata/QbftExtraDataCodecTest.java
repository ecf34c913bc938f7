package io.coterie.node.consensus.qbft.extradata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QbftExtraDataCodecTest {
  private static final List<Address> VALIDATORS = List.of(Address.of(1), Address.of(2));

  private static Bytes seal(int fill) {
    byte[] bytes = new byte[65];
    Arrays.fill(bytes, (byte) fill);
    return Bytes.of(bytes);
  }

  @Test
  void roundTripsEveryField() {
    QbftExtraData extra =
        QbftExtraData.unsealed(VALIDATORS, Optional.of(new ValidatorVote(Address.of(3), true)), 7)
            .withSeals(List.of(seal(1), seal(2)));

    assertThat(QbftExtraDataCodec.decode(QbftExtraDataCodec.encode(extra))).isEqualTo(extra);
  }

  @Test
  void blockHashFormIgnoresRoundAndSeals() {
    QbftExtraData round0 = QbftExtraData.unsealed(VALIDATORS, Optional.empty(), 0);
    QbftExtraData round3Sealed = round0.withRound(3).withSeals(List.of(seal(9)));

    assertThat(QbftExtraDataCodec.encodeForBlockHash(round3Sealed))
        .isEqualTo(QbftExtraDataCodec.encode(round0));
  }

  @Test
  void commitSealFormKeepsTheRoundButNotTheSeals() {
    QbftExtraData unsealed = QbftExtraData.unsealed(VALIDATORS, Optional.empty(), 3);

    assertThat(QbftExtraDataCodec.encodeForCommitSeal(unsealed.withSeals(List.of(seal(5)))))
        .isEqualTo(QbftExtraDataCodec.encode(unsealed))
        .isNotEqualTo(QbftExtraDataCodec.encodeForBlockHash(unsealed));
  }

  @Test
  void refusesAShortSeal() {
    byte[] encoded =
        QbftExtraDataCodec.encode(QbftExtraData.unsealed(VALIDATORS, Optional.empty(), 0));
    byte[] tampered = Arrays.copyOf(encoded, encoded.length + 1);
    assertThatThrownBy(() -> QbftExtraDataCodec.decode(tampered)).isInstanceOf(RlpException.class);
  }

  @Test
  void refusesAnUnknownVoteDirection() {
    byte[] encoded =
        QbftExtraDataCodec.encode(
            QbftExtraData.unsealed(
                VALIDATORS, Optional.of(new ValidatorVote(Address.of(3), true)), 0));
    for (int i = 0; i < encoded.length; i++) {
      if (encoded[i] == (byte) 0x81 && encoded[i + 1] == (byte) 0xff) {
        encoded[i + 1] = (byte) 0x81;
      }
    }
    assertThatThrownBy(() -> QbftExtraDataCodec.decode(encoded))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("vote direction");
  }
}
