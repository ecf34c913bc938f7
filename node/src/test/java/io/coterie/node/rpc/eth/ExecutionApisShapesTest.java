package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.types.AccessListEntry;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our answers against the recorded exchanges of ethereum/execution-apis ({@code
 * tests/<method>/<case>.io}). Their chain is not ours, so answers that do not depend on chain data
 * (not-found results, range errors, syncing) are replayed exactly, and the others are compared by
 * shape: the same fields with the same JSON types, recursively, except where this chain differs on
 * purpose (named per test).
 */
class ExecutionApisShapesTest {
  @TempDir Path dir;
  ChainFixture fx;
  RpcCall rpc;
  final Address stranger = Address.fromHex("0x00000000000000000000000000000000000000aa");

  @BeforeEach
  void start() {
    fx = new ChainFixture(dir);
    rpc = fx.rpc;
  }

  private static Path tests() {
    String root = System.getProperty("coterie.vectors");
    Path tests = root == null ? null : Path.of(root, "execution-apis", "tests");
    assumeTrue(
        tests != null && Files.isDirectory(tests),
        "execution-apis vectors not found (set -Dcoterie.vectors=<dir containing execution-apis>)");
    return tests;
  }

  /** The request and the recorded response of a one-exchange vector file. */
  private static JsonNode[] exchange(String file) throws IOException {
    String request = null;
    for (String line : Files.readAllLines(tests().resolve(file))) {
      if (line.startsWith(">> ")) {
        request = line.substring(3);
      } else if (line.startsWith("<< ") && request != null) {
        return new JsonNode[] {RpcCall.json(request), RpcCall.json(line.substring(3))};
      }
    }
    throw new AssertionError("no exchange in " + file);
  }

  private JsonNode recordedResult(String file) throws IOException {
    return exchange(file)[1].get("result");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eth_syncing/check-syncing.io",
        "eth_getLogs/filter-error-reversed-block-range.io",
        "eth_getLogs/filter-error-future-block-range.io",
        "eth_getLogs/filter-error-invalid-blockHash-and-range.io",
        "eth_getBlockByNumber/get-block-notfound.io",
        "eth_getBlockReceipts/get-block-receipts-future.io",
        "eth_getBlockReceipts/get-block-receipts-not-found.io",
        "eth_getTransactionByHash/get-notfound-tx.io",
        "eth_getTransactionReceipt/get-notfound-tx.io"
      })
  void chainIndependentAnswersMatchExactly(String file) throws IOException {
    fx.chain.mine();
    JsonNode[] recorded = exchange(file);
    assertThat(rpc.raw(recorded[0].toString())).as(file).isEqualTo(recorded[1]);
  }

  @Test
  void blocksHaveGethsFieldsPlusTotalDifficulty() throws IOException {
    fx.chain.mine(ChainFixture.transfer(4, 0, stranger, 1));
    JsonNode ours = rpc.result("eth_getBlockByNumber", "0x1", false);
    JsonNode recorded = recordedResult("eth_getBlockByNumber/get-block-london-fork.io");
    assertSameShape(withoutField(ours, "totalDifficulty"), recorded, "block");
    assertThat(ours.get("totalDifficulty").textValue()).isEqualTo("0x2");
  }

  @Test
  void typedTransactionsAndTheirReceiptsHaveGethsShape() throws IOException {
    Transaction dynamic = ChainFixture.transfer(4, 0, stranger, 2);
    Transaction accessList =
        ChainFixture.signer(5)
            .accessList(
                0,
                BigInteger.ZERO,
                30_000,
                Destination.call(stranger),
                BigInteger.ONE,
                Bytes.EMPTY,
                List.of(new AccessListEntry(stranger, List.of(Hash.ZERO))));
    fx.chain.mine(dynamic, accessList);

    assertSameShape(
        rpc.result("eth_getTransactionByHash", dynamic.hash().toHex()),
        recordedResult("eth_getTransactionByHash/get-dynamic-fee.io"),
        "dynamic-fee tx");
    assertSameShape(
        rpc.result("eth_getTransactionByHash", accessList.hash().toHex()),
        recordedResult("eth_getTransactionByHash/get-access-list.io"),
        "access-list tx");
    assertSameShape(
        rpc.result("eth_getTransactionReceipt", accessList.hash().toHex()),
        recordedResult("eth_getTransactionReceipt/get-access-list.io"),
        "access-list receipt");
  }

  @Test
  void receiptsAndLogsHaveGethsShape() throws IOException {
    Transaction grant = ChainFixture.grantShop(0, stranger);
    fx.chain.mine(grant);
    assertSameShape(
        rpc.result("eth_getTransactionReceipt", grant.hash().toHex()),
        recordedResult("eth_getTransactionReceipt/get-dynamic-fee.io"),
        "receipt with logs");
    assertSameShape(
        rpc.result("eth_getLogs", Map.of("fromBlock", "0x0")),
        recordedResult("eth_getLogs/topic-exact-match.io"),
        "logs");
  }

  @Test
  void proofsHaveGethsShape() throws IOException {
    fx.chain.mine(ChainFixture.grantShop(0, stranger));
    JsonNode[] recorded = exchange("eth_getProof/get-account-proof-with-storage.io");
    JsonNode ours =
        rpc.result("eth_getProof", ChainFixture.ROLES.toHex(), List.of("0x00"), "latest");
    assertSameShape(ours, recorded[1].get("result"), "proof");
    assertThat(ours.at("/storageProof/0/key"))
        .isEqualTo(recorded[1].at("/result/storageProof/0/key"));
  }

  @Test
  void feeHistoryHasGethsShape() throws IOException {
    fx.chain.mine(ChainFixture.transfer(4, 0, stranger, 1));
    JsonNode ours = rpc.result("eth_feeHistory", "0x1", "0x1", List.of(95, 99));
    assertSameShape(ours, recordedResult("eth_feeHistory/fee-history.io"), "fee history");
  }

  @Test
  void txpoolAnswersHaveGethsShape() throws IOException {
    Transaction legacy =
        ChainFixture.signer(4)
            .legacy(
                0,
                BigInteger.ZERO,
                21_000,
                Destination.call(stranger),
                BigInteger.TEN,
                Bytes.EMPTY);
    rpc.result("eth_sendRawTransaction", Data.encode(TransactionCodec.encode(legacy)));
    Transaction dynamic = ChainFixture.transfer(4, 1, stranger, 3);
    rpc.result("eth_sendRawTransaction", Data.encode(TransactionCodec.encode(dynamic)));
    assertSameShape(
        rpc.result("txpool_status"), recordedResult("txpool_status/get-status.io"), "status");

    JsonNode recorded = recordedResult("txpool_content/get-content.io");
    JsonNode recordedSender = recorded.get("pending").elements().next();
    JsonNode ours = rpc.result("txpool_content");
    JsonNode ourSender = ours.get("pending").get(ChainFixture.address(4).toChecksumHex());
    assertSameShape(ourSender.get("0"), recordedSender.get("0"), "pending legacy");
    JsonNode recordedDynamic = withoutField(recordedSender.get("1"), "to");
    assertSameShape(withoutField(ourSender.get("1"), "to"), recordedDynamic, "pending dynamic-fee");
  }

  private static JsonNode withoutField(JsonNode node, String field) {
    JsonNode copy = node.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(field);
    return copy;
  }

  /**
   * Same fields, same JSON types, recursively; arrays compared by their first elements when both
   * have one (an empty array fits any element shape).
   */
  static void assertSameShape(JsonNode ours, JsonNode recorded, String what) {
    List<String> differences = new ArrayList<>();
    compare(ours, recorded, what, differences);
    assertThat(differences).as(what + "\nours:     " + ours + "\nrecorded: " + recorded).isEmpty();
  }

  private static void compare(JsonNode ours, JsonNode recorded, String path, List<String> out) {
    if (!kind(ours).equals(kind(recorded))) {
      out.add(path + ": " + kind(ours) + " but recorded " + kind(recorded));
      return;
    }
    if (ours.isObject()) {
      Set<String> missing = fieldNames(recorded);
      missing.removeAll(fieldNames(ours));
      Set<String> extra = fieldNames(ours);
      extra.removeAll(fieldNames(recorded));
      missing.forEach(f -> out.add(path + "." + f + ": missing"));
      extra.forEach(f -> out.add(path + "." + f + ": not in the recording"));
      for (String field : fieldNames(ours)) {
        if (recorded.has(field)) {
          compare(ours.get(field), recorded.get(field), path + "." + field, out);
        }
      }
    } else if (ours.isArray() && !ours.isEmpty() && !recorded.isEmpty()) {
      compare(ours.get(0), recorded.get(0), path + "[0]", out);
    }
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue().startsWith("0x") ? "hex" : "string";
    }
    return node.isNumber()
        ? "number"
        : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
