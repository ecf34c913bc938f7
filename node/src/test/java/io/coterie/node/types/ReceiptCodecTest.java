package io.coterie.node.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiptCodecTest {
  static final Log TRANSFER =
      new Log(
          Address.of(0x2001),
          List.of(Hash.keccak("Transfer(address,address,uint256)".getBytes()), Hash.ZERO),
          Bytes.fromHex("0x01"));

  @ParameterizedTest
  @EnumSource(TxType.class)
  void receiptRoundTripsWithItsTypePrefix(TxType type) {
    Receipt receipt = Receipt.of(type, true, 63_000, List.of(TRANSFER, TRANSFER));
    byte[] encoded = ReceiptCodec.encode(receipt);
    assertThat(ReceiptCodec.decode(encoded)).isEqualTo(receipt);
    assertThat(encoded[0] & 0xff)
        .isEqualTo(type == TxType.LEGACY ? 0xf9 : type.code()); // list header or type byte
    assertThat(ReceiptCodec.encodeForTrie(receipt)).isEqualTo(encoded);
  }

  @Test
  void failedReceiptEncodesStatusZero() {
    Receipt receipt = Receipt.of(TxType.DYNAMIC_FEE, false, 21_000, List.of());
    assertThat(ReceiptCodec.decode(ReceiptCodec.encode(receipt)).success()).isFalse();
  }

  @Test
  void bloomContainsEmitterAndTopicsButNotOthers() {
    Bloom bloom = Bloom.fromLogs(List.of(TRANSFER));
    assertThat(bloom.mightContain(Address.of(0x2001))).isTrue();
    assertThat(bloom.mightContain(TRANSFER.topics().get(0))).isTrue();
    assertThat(bloom.mightContain(Address.of(0x2002))).isFalse();
    assertThat(Bloom.EMPTY.or(bloom)).isEqualTo(bloom);
    assertThat(bloom.or(Bloom.builder().add(Address.of(7)).build()).covers(bloom)).isTrue();
  }

  @Test
  void bloomSetsTheYellowPaperBits() {
    // keccak256(0x00..00 (20 bytes)) =
    // 5380c7b7ae81a58eb98d9c78de4a1fd7fd9535fc953ed2be602daaa41767312a:
    // pairs 0x5380, 0xc7b7, 0xae81 -> bits 0x380, 0x7b7, 0x681.
    Bloom bloom = Bloom.builder().add(Address.ZERO).build();
    byte[] bits = bloom.toArray();
    for (int bit : new int[] {0x380, 0x7b7, 0x681}) {
      assertThat(bits[255 - bit / 8] & (1 << (bit % 8))).isNotZero();
    }
    int set = 0;
    for (byte b : bits) {
      set += Integer.bitCount(b & 0xff);
    }
    assertThat(set).isEqualTo(3);
  }

  @Test
  void logCodecRoundTrips() {
    assertThat(LogCodec.decode(LogCodec.encode(TRANSFER))).isEqualTo(TRANSFER);
  }
}
