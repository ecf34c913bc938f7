package io.coterie.node.trie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ethereum/tests TrieTests: the root after a sequence of inserts and deletes. */
class TrieVectorTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("trietest.json", false),
        Arguments.of("trieanyorder.json", false),
        Arguments.of("trietest_secureTrie.json", true),
        Arguments.of("trieanyorder_secureTrie.json", true),
        Arguments.of("hex_encoded_securetrie_test.json", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void rootMatchesAndSurvivesCommitAndReopen(String file, boolean secure) {
    JsonNode tests = VectorFiles.json("ethereum-tests/TrieTests/" + file);
    assertThat(tests.size()).isPositive();
    for (Iterator<Map.Entry<String, JsonNode>> it = tests.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> test = it.next();
      List<byte[][]> ops = operations(test.getValue().get("in"));
      Hash expected = Hash.fromHex(test.getValue().get("root").asText());

      MerklePatriciaTrie trie = MerklePatriciaTrie.empty();
      SecureMerklePatriciaTrie secureTrie = SecureMerklePatriciaTrie.empty();
      for (byte[][] op : ops) {
        if (secure) {
          secureTrie.put(op[0], op[1]);
        } else {
          trie.put(op[0], op[1]);
        }
      }
      Hash root = secure ? secureTrie.rootHash() : trie.rootHash();
      assertThat(root).as("%s/%s", file, test.getKey()).isEqualTo(expected);

      MapNodeStore store = new MapNodeStore();
      assertThat(secure ? secureTrie.commit(store) : trie.commit(store)).isEqualTo(expected);
      if (!secure) {
        MerklePatriciaTrie reopened = MerklePatriciaTrie.open(store, expected);
        for (byte[][] op : ops) {
          byte[] last = lastValue(ops, op[0]);
          assertThat(reopened.get(op[0]).map(Bytes::of))
              .as("%s/%s reopened", file, test.getKey())
              .isEqualTo(
                  last.length == 0
                      ? java.util.Optional.empty()
                      : java.util.Optional.of(Bytes.of(last)));
        }
        assertThat(reopened.rootHash()).isEqualTo(expected);
      }
    }
  }

  private static byte[] lastValue(List<byte[][]> ops, byte[] key) {
    byte[] value = new byte[0];
    for (byte[][] op : ops) {
      if (java.util.Arrays.equals(op[0], key)) {
        value = op[1];
      }
    }
    return value;
  }

  private static List<byte[][]> operations(JsonNode in) {
    List<byte[][]> ops = new ArrayList<>();
    if (in.isArray()) {
      for (JsonNode pair : in) {
        ops.add(new byte[][] {decode(pair.get(0)), decode(pair.get(1))});
      }
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        ops.add(new byte[][] {decodeText(e.getKey()), decode(e.getValue())});
      }
    }
    return ops;
  }

  private static byte[] decode(JsonNode node) {
    return node == null || node.isNull() ? new byte[0] : decodeText(node.asText());
  }

  private static byte[] decodeText(String text) {
    return text.startsWith("0x") ? Bytes.parseHex(text) : text.getBytes(StandardCharsets.UTF_8);
  }
}
