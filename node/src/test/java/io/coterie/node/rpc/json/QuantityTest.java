package io.coterie.node.rpc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuantityTest {

  @Test
  void encodesMinimalHexWithZeroAsZeroX0() {
    assertThat(Quantity.encode(0)).isEqualTo("0x0");
    assertThat(Quantity.encode(1)).isEqualTo("0x1");
    assertThat(Quantity.encode(0x400)).isEqualTo("0x400");
    assertThat(Quantity.encode(Long.MAX_VALUE)).isEqualTo("0x7fffffffffffffff");
    assertThat(Quantity.encode(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)))
        .isEqualTo("0x" + "f".repeat(64));
  }

  @Test
  void refusesToEncodeNegativeValues() {
    assertThatThrownBy(() -> Quantity.encode(-1)).hasMessageContaining("never negative");
    assertThatThrownBy(() -> Quantity.encode(BigInteger.valueOf(-5)))
        .hasMessageContaining("never negative");
  }

  @Test
  void decodesUpperAndLowerCaseDigits() {
    assertThat(Quantity.decode("0x0")).isZero();
    assertThat(Quantity.decode("0xAbC")).isEqualTo(BigInteger.valueOf(0xabc));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x", "0x00", "0x0400", "400", "", "0xg1", "0x-1", " 0x1", "0x1 "})
  void rejectsNonCanonicalQuantitiesSayingWhatIsExpected(String text) {
    assertThatThrownBy(() -> Quantity.decode(text))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessageStartingWith("expected a 0x-prefixed hex quantity without leading zeros");
  }

  @Test
  void namesTheProblem() {
    assertThatThrownBy(() -> Quantity.decode("0x01")).hasMessageContaining("leading zero");
    assertThatThrownBy(() -> Quantity.decode("12")).hasMessageContaining("missing 0x prefix");
    assertThatThrownBy(() -> Quantity.decode("0x")).hasMessageContaining("no digits");
  }

  @Test
  void rejectsQuantitiesBeyond256Bits() {
    assertThat(Quantity.decode("0x" + "f".repeat(64))).isPositive();
    assertThatThrownBy(() -> Quantity.decode("0x1" + "0".repeat(64)))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessage("expected a quantity of at most 256 bits (64 hex digits), got 65 digits");
  }

  @Test
  void decodeLongRejectsValuesBeyondALong() {
    assertThat(Quantity.decodeLong("0x7fffffffffffffff")).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Quantity.decodeLong("0x8000000000000000"))
        .isInstanceOf(InvalidParamsException.class)
        .hasMessageContaining("at most 0x7fffffffffffffff");
  }

  @Test
  void longsRoundTrip() {
    qt().withExamples(1000)
        .forAll(longs().between(1, Long.MAX_VALUE))
        .checkAssert(
            value -> assertThat(Quantity.decodeLong(Quantity.encode(value))).isEqualTo(value));
  }

  @Test
  void bigIntegersRoundTrip() {
    qt().withExamples(1000)
        .forAll(anyBytes(0, 32))
        .checkAssert(
            magnitude -> {
              BigInteger value = new BigInteger(1, magnitude);
              String encoded = Quantity.encode(value);
              assertThat(Quantity.decode(encoded)).isEqualTo(value);
              assertThat(encoded.length() == 3 || encoded.charAt(2) != '0')
                  .as("no leading zero in %s", encoded)
                  .isTrue();
            });
  }

  /** Arrays of {@code minLength..maxLength} arbitrary bytes, shown as hex when a theory fails. */
  private static Gen<byte[]> anyBytes(int minLength, int maxLength) {
    return Generate.byteArrays(
            integers().between(minLength, maxLength),
            Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .describedAs(bytes -> "0x" + HexFormat.of().formatHex(bytes));
  }
}
