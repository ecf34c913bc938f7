package io.coterie.chaincode.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ValueTypesTest {

  @Test
  void precompileAddressesAreSmallNumbers() {
    assertThat(ChainAddress.of(0x1000).toHex())
        .isEqualTo("0x0000000000000000000000000000000000001000");
    assertThat(ChainAddress.of(0x2000).plus(7)).isEqualTo(ChainAddress.of(0x2007));
    assertThat(ChainAddress.fromHex("0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266").toHex())
        .isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  }

  @Test
  void malformedHexIsRejectedWithAFix() {
    assertThatThrownBy(() -> ChainAddress.fromHex("0x1234")).hasMessageContaining("40 hex digits");
    assertThatThrownBy(() -> Word.fromHex("0xzz")).hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> Word.of(BigInteger.ONE.shiftLeft(256))).hasMessageContaining("2^256");
    assertThatThrownBy(() -> Word.of(-1)).hasMessageContaining("non-negative");
  }

  @Test
  void wordsCompareAsUnsignedNumbersAndPadAddressesLeft() {
    assertThat(Word.of(BigInteger.ONE.shiftLeft(255))).isGreaterThan(Word.of(1));
    assertThat(Word.of(ChainAddress.of(0x1000)).toBigInteger())
        .isEqualTo(BigInteger.valueOf(0x1000));
    assertThat(Word.of(ChainAddress.of(0x1000)).toAddress()).isEqualTo(ChainAddress.of(0x1000));
    assertThat(Word.fromHex("0x" + "ff".repeat(32)).plus(1)).isEqualTo(Word.ZERO);
  }

  @Test
  void callResultsKeepTheirOwnCopyOfTheBytes() {
    byte[] data = {1, 2, 3};
    CallResult result = CallResult.success(data);
    data[0] = 9;
    result.data()[1] = 9;

    assertThat(result.data()).containsExactly(1, 2, 3);
    assertThat(result).isEqualTo(CallResult.success(new byte[] {1, 2, 3}));
    assertThat(result).isNotEqualTo(CallResult.revert(new byte[] {1, 2, 3}));
  }

  @Test
  void addressHexRoundTrips() {
    qt().withExamples(200)
        .forAll(bytesOfSize(20))
        .checkAssert(
            bytes -> {
              ChainAddress a = ChainAddress.wrap(bytes);
              assertThat(ChainAddress.fromHex(a.toHex())).isEqualTo(a).hasSameHashCodeAs(a);
            });
  }

  @Test
  void wordNumberRoundTrips() {
    qt().withExamples(200)
        .forAll(bytesOfSize(32))
        .checkAssert(
            bytes -> {
              Word w = Word.wrap(bytes);
              assertThat(Word.of(w.toBigInteger())).isEqualTo(w);
              assertThat(Word.fromHex(w.toHex())).isEqualTo(w);
            });
  }

  /** Any bytes, {@code size} of them, shown as hex in a counter-example. */
  private static Gen<byte[]> bytesOfSize(int size) {
    return Generate.byteArrays(
            Generate.constant(size), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .describedAs(b -> "0x" + HexFormat.of().formatHex(b));
  }
}
