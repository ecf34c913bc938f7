package io.coterie.node.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The writer against RLP's definition written out recursively: nested lists whose bodies cross the
 * 55/56-byte boundary (where the prefix grows and the body moves), at every depth.
 */
class RlpWriterPropertiesTest {
  private static final int[] EDGE_LENGTHS = {0, 1, 2, 54, 55, 56, 57, 255, 256, 1024, 70_000};

  sealed interface Item {}

  record Str(byte[] value) implements Item {}

  record Lst(List<Item> items) implements Item {}

  @Test
  void nestedItemsEncodeAsTheRecursiveDefinitionSays() {
    qt().withExamples(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Item item = item(new SplittableRandom(seed), 0);
              RlpWriter writer = new RlpWriter();
              write(writer, item);
              assertThat(writer.toByteArray()).isEqualTo(reference(item));
            });
  }

  @Test
  void integersEncodeAsTheirMinimalBigEndianBytes() {
    qt().forAll(longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            value -> {
              byte[] expected = reference(new Str(RlpWriter.minimalBytes(value)));
              assertThat(new RlpWriter().writeLong(value).toByteArray()).isEqualTo(expected);
              assertThat(new RlpWriter().writeBigInteger(BigInteger.valueOf(value)).toByteArray())
                  .isEqualTo(expected);
            });
    BigInteger big = BigInteger.TWO.pow(255).add(BigInteger.ONE);
    assertThat(new RlpWriter().writeBigInteger(big).toByteArray())
        .isEqualTo(reference(new Str(RlpWriter.unsignedBytes(big))));
  }

  @Test
  void unbalancedListsAreRefused() {
    assertThatThrownBy(() -> new RlpWriter().endList()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new RlpWriter().startList().startList().endList().toByteArray())
        .hasMessageContaining("1 list(s) still open");
    assertThatThrownBy(() -> new RlpWriter().writeLong(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Item item(SplittableRandom random, int depth) {
    if (depth >= 4 || random.nextInt(3) == 0) {
      int length =
          random.nextBoolean()
              ? EDGE_LENGTHS[random.nextInt(EDGE_LENGTHS.length - (depth > 0 ? 1 : 0))]
              : random.nextInt(80);
      byte[] value = new byte[length];
      random.nextBytes(value);
      if (length == 1 && random.nextBoolean()) {
        value[0] &= 0x7f;
      }
      return new Str(value);
    }
    List<Item> items = new ArrayList<>();
    int count = random.nextInt(7);
    for (int i = 0; i < count; i++) {
      items.add(item(random, depth + 1));
    }
    return new Lst(items);
  }

  private static void write(RlpWriter writer, Item item) {
    if (item instanceof Str s) {
      writer.writeBytes(s.value());
    } else {
      writer.startList();
      ((Lst) item).items().forEach(child -> write(writer, child));
      writer.endList();
    }
  }

  private static byte[] reference(Item item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (item instanceof Str s) {
      if (s.value().length == 1 && (s.value()[0] & 0xff) < 0x80) {
        out.write(s.value()[0]);
      } else {
        prefix(out, s.value().length, 0x80);
        out.writeBytes(s.value());
      }
    } else {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      ((Lst) item).items().forEach(child -> body.writeBytes(reference(child)));
      prefix(out, body.size(), 0xc0);
      out.writeBytes(body.toByteArray());
    }
    return out.toByteArray();
  }

  private static void prefix(ByteArrayOutputStream out, int length, int offset) {
    if (length < 56) {
      out.write(offset + length);
      return;
    }
    byte[] lengthBytes = BigInteger.valueOf(length).toByteArray();
    int skip = lengthBytes[0] == 0 ? 1 : 0;
    out.write(offset + 55 + lengthBytes.length - skip);
    out.write(lengthBytes, skip, lengthBytes.length - skip);
  }
}
