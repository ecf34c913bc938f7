package io.coterie.node.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.trie.NodeSink;
import io.coterie.node.trie.TrieNodeSource;
import io.coterie.node.trie.VectorFiles;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** State roots of known allocations from ethereum/tests. */
class WorldStateVectorTest {

  @Test
  void theEmptyStateHasTheEmptyTrieRoot() {
    WorldState empty = WorldState.empty(TrieNodeSource.NONE);

    assertThat(empty.rootHash()).isEqualTo(Hash.EMPTY_TRIE);
    assertThat(new WorldStateOverlay(empty).commitTo(NodeSink.DISCARD).rootHash())
        .isEqualTo(Hash.EMPTY_TRIE);
  }

  @Test
  void genesisAllocationsHaveTheStateRootOfTheirGenesisBlock() {
    JsonNode tests = VectorFiles.json("ethereum-tests/GenesisTests/basic_genesis_tests.json");
    for (Iterator<Map.Entry<String, JsonNode>> it = tests.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> test = it.next();
      byte[] block = Bytes.parseHex(test.getValue().get("result").asText());
      RlpReader header = new RlpReader(block).enterList().enterList();
      for (int i = 0; i < 3; i++) {
        header.skip(); // parentHash, ommersHash, coinbase
      }
      Hash expected = Hash.wrap(header.readBytes(32, "stateRoot"));

      Hash actual =
          AllocState.overlay(test.getValue().get("alloc")).commitTo(NodeSink.DISCARD).rootHash();

      assertThat(actual).as(test.getKey()).isEqualTo(expected);
    }
  }

  static Stream<String> blockchainFiles() {
    return Stream.of(
            "bcValidBlockTest/SimpleTx.json",
            "bcValidBlockTest/emptyPostTransfer.json",
            "bcValidBlockTest/callRevert.json",
            "bcValidBlockTest/eip2930.json",
            "bcExample/shanghaiExample.json",
            "bcEIP1559/burnVerify.json",
            "bcEIP1559/tips.json",
            "bcEIP1559/intrinsic.json",
            "bcEIP1559/lowDemand.json")
        .map(f -> "ethereum-tests/BlockchainTests/ValidBlocks/" + f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blockchainFiles")
  void preAndPostStatesHaveTheRootsInTheirHeaders(String file) {
    JsonNode tests = VectorFiles.json(file);
    for (Iterator<Map.Entry<String, JsonNode>> it = tests.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> test = it.next();
      JsonNode t = test.getValue();
      Hash genesisRoot = Hash.fromHex(t.get("genesisBlockHeader").get("stateRoot").asText());
      assertThat(AllocState.overlay(t.get("pre")).rootHash())
          .as(test.getKey() + " pre")
          .isEqualTo(genesisRoot);

      if (t.has("postState")) {
        Hash lastRoot = null;
        for (JsonNode block : t.get("blocks")) {
          if (block.has("blockHeader")
              && block
                  .get("blockHeader")
                  .get("hash")
                  .asText()
                  .equals(t.get("lastblockhash").asText())) {
            lastRoot = Hash.fromHex(block.get("blockHeader").get("stateRoot").asText());
          }
        }
        assertThat(lastRoot).as("%s last block", test.getKey()).isNotNull();
        assertThat(AllocState.overlay(t.get("postState")).rootHash())
            .as(test.getKey() + " post")
            .isEqualTo(lastRoot);
      }
    }
  }
}
