package io.coterie.node.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Bytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** ethereum/tests RLPTests: every valid case encodes and decodes, every invalid one is refused. */
class RlpVectorTest {

  @TestFactory
  Stream<DynamicTest> validVectorsEncodeToTheExpectedBytesAndDecodeBack() {
    return cases("RLPTests/rlptest.json")
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      byte[] expected = Bytes.parseHex(c.node().get("out").asText());
                      RlpWriter writer = new RlpWriter();
                      write(writer, c.node().get("in"));
                      assertThat(Bytes.toHex(writer.toByteArray()))
                          .isEqualTo(Bytes.toHex(expected));
                      assertThat(walk(expected)).isEqualTo(shape(c.node().get("in")));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidVectorsAreRefused() {
    return cases("RLPTests/invalidRLPTest.json")
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      byte[] input = Bytes.parseHex(c.node().get("out").asText());
                      assertThatThrownBy(() -> walk(input)).isInstanceOf(RlpException.class);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> randomValidVectorsDecode() {
    return cases("RLPTests/RandomRLPTests/example.json")
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      byte[] input = Bytes.parseHex(c.node().get("out").asText());
                      assertThat(walk(input)).isNotNull();
                    }));
  }

  private record Case(String name, JsonNode node) {}

  private static Stream<Case> cases(String file) {
    Path path = Vectors.ethereumTests(file);
    JsonNode root = Vectors.json(path);
    List<Case> cases = new ArrayList<>();
    root.fields().forEachRemaining(e -> cases.add(new Case(e.getKey(), e.getValue())));
    return cases.stream();
  }

  private static void write(RlpWriter out, JsonNode in) {
    if (in.isArray()) {
      out.startList();
      in.forEach(item -> write(out, item));
      out.endList();
    } else if (in.isIntegralNumber()) {
      out.writeBigInteger(in.bigIntegerValue());
    } else if (in.asText().startsWith("#")) {
      out.writeBigInteger(new BigInteger(in.asText().substring(1)));
    } else {
      out.writeBytes(in.asText().getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /** Decodes the whole input strictly into nested lists of hex strings. */
  private static Object walk(byte[] input) {
    RlpReader in = new RlpReader(input);
    Object value = item(in);
    in.requireEnd("input");
    return value;
  }

  private static Object item(RlpReader in) {
    if (in.nextIsList()) {
      RlpReader list = in.enterList();
      List<Object> items = new ArrayList<>();
      while (list.hasNext()) {
        items.add(item(list));
      }
      return items;
    }
    return Bytes.toHex(in.readBytes());
  }

  private static Object shape(JsonNode in) {
    RlpWriter writer = new RlpWriter();
    if (in.isArray()) {
      List<Object> items = new ArrayList<>();
      in.forEach(item -> items.add(shape(item)));
      return items;
    }
    write(writer, in);
    return item(new RlpReader(writer.toByteArray()));
  }
}
