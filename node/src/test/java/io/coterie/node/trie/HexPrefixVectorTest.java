package io.coterie.node.trie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ethereum/tests BasicTests/hexencodetest.json: hex-prefix encoding of nibble paths. */
class HexPrefixVectorTest {

  @Test
  void encodesAndDecodesEveryVector() {
    JsonNode tests = VectorFiles.json("ethereum-tests/BasicTests/hexencodetest.json");
    assertThat(tests.size()).isPositive();
    for (Iterator<Map.Entry<String, JsonNode>> it = tests.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> test = it.next();
      JsonNode seq = test.getValue().get("seq");
      byte[] nibbles = new byte[seq.size()];
      for (int i = 0; i < nibbles.length; i++) {
        nibbles[i] = (byte) seq.get(i).asInt();
      }
      boolean leaf = test.getValue().get("term").asBoolean();
      byte[] expected = HexFormat.of().parseHex(test.getValue().get("out").asText());

      assertThat(Nibbles.encodeHexPrefix(nibbles, leaf)).as(test.getKey()).isEqualTo(expected);
      assertThat(Nibbles.decodeHexPrefix(expected)).as(test.getKey()).isEqualTo(nibbles);
      assertThat(Nibbles.isLeaf(expected)).as(test.getKey()).isEqualTo(leaf);
    }
  }
}
