package io.coterie.node.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.net.NetVersion;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Recorded exchanges of ethereum/execution-apis ({@code tests/<method>/<case>.io}). */
class ExecutionApisVectorsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Path tests() {
    String root = System.getProperty("coterie.vectors");
    Path dir = root == null ? null : Path.of(root, "execution-apis", "tests");
    assumeTrue(
        dir != null && Files.isDirectory(dir),
        "execution-apis vectors not found (set -Dcoterie.vectors=<dir containing execution-apis>)");
    return dir;
  }

  /** The ">>" request and "<<" response lines of every recorded exchange. */
  private static List<String[]> exchanges(Path dir) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".io")).sorted().toList()) {
        String request = null;
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith(">> ")) {
            request = line.substring(3);
          } else if (line.startsWith("<< ") && request != null) {
            out.add(new String[] {file.toString(), request, line.substring(3)});
            request = null;
          }
        }
      }
    }
    return out;
  }

  @Test
  void netVersionAnswersAsRecorded() throws Exception {
    Path dir = tests();
    BigInteger chainId =
        MAPPER
            .readTree(dir.resolve("genesis.json").toFile())
            .at("/config/chainId")
            .bigIntegerValue();
    MethodRegistry registry = new MethodRegistry(List.of("net"));
    registry.register(new NetVersion(chainId));
    JsonRpcProcessor processor = new JsonRpcProcessor();
    List<String[]> netVersion = exchanges(dir.resolve("net_version"));
    assertThat(netVersion).isNotEmpty();
    for (String[] exchange : netVersion) {
      JsonNode response =
          processor.process(exchange[1].getBytes(StandardCharsets.UTF_8), registry).orElseThrow();
      assertThat(response).as(exchange[0]).isEqualTo(MAPPER.readTree(exchange[2]));
    }
  }

  /** Where the block param sits in the methods that take one (execution-apis positions). */
  private static final Map<String, Integer> BLOCK_PARAM =
      Map.of(
          "eth_getBalance", 1,
          "eth_getCode", 1,
          "eth_getTransactionCount", 1,
          "eth_getStorageAt", 2,
          "eth_call", 1,
          "eth_getProof", 2,
          "eth_getBlockByNumber", 0);

  @Test
  void recordedBlockParamsOfSuccessfulCallsParse() throws Exception {
    int checked = 0;
    for (String[] exchange : exchanges(tests())) {
      JsonNode request = MAPPER.readTree(exchange[1]);
      Integer index = BLOCK_PARAM.get(request.get("method").textValue());
      if (index == null || MAPPER.readTree(exchange[2]).has("error")) {
        continue;
      }
      RpcParams params = new RpcParams((ArrayNode) request.get("params"));
      assertThat(params.optionalBlock(index, "block", BlockParameter.LATEST))
          .as(exchange[0])
          .isNotNull();
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void everyRecordedRequestIsAValidEnvelopeAndGetsAWellFormedAnswer() throws Exception {
    Path dir = tests();
    JsonRpcProcessor processor = new JsonRpcProcessor();
    MethodRegistry empty = new MethodRegistry(List.of("eth"));
    List<String[]> all = exchanges(dir);
    assertThat(all).hasSizeGreaterThan(100);
    for (String[] exchange : all) {
      JsonNode request = MAPPER.readTree(exchange[1]);
      JsonNode response =
          processor.process(exchange[1].getBytes(StandardCharsets.UTF_8), empty).orElseThrow();
      assertThat(response.get("id")).as(exchange[0]).isEqualTo(request.get("id"));
      assertThat(response.at("/error/code").intValue()).as(exchange[0]).isEqualTo(-32601);
      JsonNode recorded = MAPPER.readTree(exchange[2]);
      assertThat(recorded.get("jsonrpc").textValue())
          .isEqualTo(response.get("jsonrpc").textValue());
    }
  }
}
