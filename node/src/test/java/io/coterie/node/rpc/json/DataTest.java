package io.coterie.node.rpc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DataTest {

  @Test
  void encodesTwoLowercaseDigitsPerByte() {
    assertThat(Data.encode(new byte[0])).isEqualTo("0x");
    assertThat(Data.encode(new byte[] {0, 1, (byte) 0xab})).isEqualTo("0x0001ab");
  }

  @Test
  void decodesEmptyAndMixedCase() {
    assertThat(Data.decode("0x")).isEmpty();
    assertThat(Data.decode("0X00aB")).containsExactly(0, 0xab);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1", "abcd", "", "0xzz", "0x0g"})
  void rejectsMalformedData(String text) {
    assertThatThrownBy(() -> Data.decode(text))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessageStartingWith("expected 0x-prefixed hex data with two digits per byte");
  }

  @Test
  void fixedLengthDecodeSaysTheExpectedLength() {
    assertThatThrownBy(() -> Data.decode("0x0102", 20))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessage(
            "expected 20 bytes of 0x-prefixed hex (42 characters), got 2 bytes in '0x0102'");
  }

  @Test
  void bytesRoundTrip() {
    qt().withExamples(1000)
        .forAll(anyBytes(0, 255))
        .checkAssert(bytes -> assertThat(Data.decode(Data.encode(bytes))).isEqualTo(bytes));
  }

  /** Arrays of {@code minLength..maxLength} arbitrary bytes, shown as hex when a theory fails. */
  private static Gen<byte[]> anyBytes(int minLength, int maxLength) {
    return Generate.byteArrays(
            integers().between(minLength, maxLength),
            Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .describedAs(bytes -> "0x" + HexFormat.of().formatHex(bytes));
  }
}
