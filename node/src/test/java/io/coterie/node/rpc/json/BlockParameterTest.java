package io.coterie.node.rpc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BlockParameterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HASH = "0x" + "ab".repeat(32);

  private static BlockParameter parse(String json) throws Exception {
    return BlockParameter.parse(MAPPER.readTree(json));
  }

  @Test
  void readsNumbersAndTags() throws Exception {
    assertThat(parse("\"0x1b4\"")).isEqualTo(new BlockParameter.ByNumber(436));
    assertThat(parse("\"latest\"")).isEqualTo(BlockParameter.LATEST);
    assertThat(parse("\"earliest\"")).isEqualTo(new BlockParameter.ByTag(BlockTag.EARLIEST));
    assertThat(parse("\"pending\"")).isEqualTo(new BlockParameter.ByTag(BlockTag.PENDING));
    assertThat(parse("\"safe\"")).isEqualTo(new BlockParameter.ByTag(BlockTag.SAFE));
    assertThat(parse("\"finalized\"")).isEqualTo(new BlockParameter.ByTag(BlockTag.FINALIZED));
  }

  @Test
  void readsAPlainHashStringAsANonCanonicalHashAsGethDoes() throws Exception {
    assertThat(parse("\"" + HASH + "\"")).isEqualTo(new BlockParameter.ByHash(HASH, false));
  }

  @Test
  void readsEip1898Objects() throws Exception {
    assertThat(parse("{\"blockHash\":\"" + HASH.toUpperCase().replace("0X", "0x") + "\"}"))
        .isEqualTo(new BlockParameter.ByHash(HASH, false));
    assertThat(parse("{\"blockHash\":\"" + HASH + "\",\"requireCanonical\":true}"))
        .isEqualTo(new BlockParameter.ByHash(HASH, true));
    assertThat(parse("{\"blockNumber\":\"0x0\"}")).isEqualTo(new BlockParameter.ByNumber(0));
  }

  @Test
  void rejectsWhatIsNotABlockWithTheAcceptedForms() throws Exception {
    for (String bad : new String[] {"\"Latest\"", "12", "null", "\"0x01\"", "{}", "[]"}) {
      JsonNode node = MAPPER.readTree(bad);
      assertThatThrownBy(() -> BlockParameter.parse(node))
          .as(bad)
          .isInstanceOf(InvalidParamsException.class);
    }
    assertThatThrownBy(() -> parse("\"newest\""))
        .hasMessageContaining("latest, earliest, pending, safe, finalized")
        .hasMessageContaining("got 'newest'");
    assertThatThrownBy(() -> parse("{\"blockHash\":\"0x12\"}"))
        .hasMessageStartingWith("blockHash: expected 32 bytes");
    assertThatThrownBy(() -> parse("{\"blockHash\":\"" + HASH + "\",\"blockNumber\":\"0x1\"}"))
        .hasMessageContaining("not both");
  }
}
