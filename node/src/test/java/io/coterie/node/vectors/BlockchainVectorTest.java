package io.coterie.node.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.SignatureCheck;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * ethereum/tests BlockchainTests/ValidBlocks: the block bodies' transactions in block form (legacy
 * as lists, typed as strings) decode to the senders and fields the fixture lists, and header hashes
 * are keccak of the header RLP. The fixtures are Cancun blocks (20 header fields), so our 16-field
 * London {@code BlockHeaderCodec} is exercised by round-trip tests instead.
 */
class BlockchainVectorTest {

  @TestFactory
  Stream<DynamicTest> blockTransactionsDecodeToTheListedSenders() throws IOException {
    Path root = Vectors.ethereumTests("BlockchainTests/ValidBlocks");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      Vectors.json(file)
          .fields()
          .forEachRemaining(
              test -> {
                JsonNode blocks = test.getValue().get("blocks");
                for (int i = 0; i < blocks.size(); i++) {
                  JsonNode block = blocks.get(i);
                  if (!block.has("blockHeader")) {
                    continue; // an invalid block inside a valid chain: not about our codecs
                  }
                  tests.add(
                      DynamicTest.dynamicTest(
                          root.relativize(file) + "#" + test.getKey() + "/block" + i,
                          () -> check(block)));
                }
              });
    }
    return tests.stream();
  }

  private static void check(JsonNode block) {
    RlpReader blockList = new RlpReader(Bytes.parseHex(block.get("rlp").asText())).enterList();
    byte[] header = blockList.readRaw();
    assertThat(Hash.keccak(header))
        .isEqualTo(Hash.fromHex(block.get("blockHeader").get("hash").asText()));
    RlpReader txs = blockList.enterList();
    List<Transaction> decoded = new ArrayList<>();
    while (txs.hasNext()) {
      decoded.add(TransactionCodec.readFromBlock(txs));
    }
    JsonNode expected = block.get("transactions");
    assertThat(decoded).hasSize(expected.size());
    for (int i = 0; i < decoded.size(); i++) {
      Transaction tx = decoded.get(i);
      JsonNode json = expected.get(i);
      assertThat(tx.signatureCheck()).isInstanceOf(SignatureCheck.Valid.class);
      if (json.has("sender")) { // SimpleTx3LowS lists none
        assertThat(tx.sender()).isEqualTo(Address.fromHex(json.get("sender").asText()));
      }
      assertThat(tx.nonce()).isEqualTo(quantity(json.get("nonce")).longValueExact());
      assertThat(tx.gasLimit()).isEqualTo(quantity(json.get("gasLimit")).longValueExact());
      assertThat(tx.value()).isEqualTo(quantity(json.get("value")));
      assertThat(tx.r()).isEqualTo(quantity(json.get("r")));
      assertThat(tx.v()).isEqualTo(quantity(json.get("v")));
      assertThat(tx.type().code())
          .isEqualTo(json.has("type") ? quantity(json.get("type")).intValueExact() : 0);
    }
  }

  private static BigInteger quantity(JsonNode hex) {
    String digits = hex.asText().substring(2);
    return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
  }
}
