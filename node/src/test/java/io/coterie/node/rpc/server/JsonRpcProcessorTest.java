package io.coterie.node.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.method.MethodRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRpcProcessorTest {
  private final MethodRegistry registry = TestMethods.registry();
  private final JsonRpcProcessor processor =
      new JsonRpcProcessor(JsonRpcProcessor.defaultMapper(), 3);

  private Optional<JsonNode> process(String body) {
    return processor.process(body.getBytes(StandardCharsets.UTF_8), registry);
  }

  private JsonNode one(String body) {
    return process(body).orElseThrow();
  }

  @Test
  void answersASingleCallWithItsId() {
    assertThat(one("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"net_version\"}").toString())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":\"1337\"}");
  }

  @Test
  void acceptsNullIdAndAnsweresWithIt() {
    JsonNode response = one("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"net_listening\"}");
    assertThat(response.get("id").isNull()).isTrue();
    assertThat(response.get("result").booleanValue()).isTrue();
  }

  @Test
  void notificationsAreExecutedButNotAnswered() {
    assertThat(process("{\"jsonrpc\":\"2.0\",\"method\":\"net_version\"}")).isEmpty();
    assertThat(process("[{\"jsonrpc\":\"2.0\",\"method\":\"net_version\"}]")).isEmpty();
  }

  @Test
  void malformedJsonIsAParseErrorWithNullId() {
    JsonNode response = one("{\"jsonrpc\":\"2.0\",\"id\":1,");
    assertThat(response.get("id").isNull()).isTrue();
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32700);
    assertThat(
            one("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"} trailing")
                .at("/error/code")
                .intValue())
        .isEqualTo(-32700);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":1,\"method\":\"net_version\"}                         | 1    | jsonrpc must be",
        "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"net_version\"}     | 1    | jsonrpc must be",
        "{\"jsonrpc\":\"2.0\",\"id\":1}                                | 1    | method must be",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}                   | 1    | method must be",
        "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"net_version\"}    | null | id must be",
        "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"net_version\"}  | null | id must be",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":5}  | 1    | params must be",
        "42                                                            | null | expected a request object",
      })
  void invalidRequestShapesAreRejectedWith32600(String body, String id, String message) {
    JsonNode response = one(body);
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32600);
    assertThat(response.at("/error/message").textValue()).contains(message);
    assertThat(response.get("id").toString()).isEqualTo(id);
  }

  @Test
  void paramsByNameAreInvalidParams() {
    JsonNode response =
        one("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_sha3\",\"params\":{\"data\":\"0x\"}}");
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32602);
    assertThat(response.at("/error/message").textValue()).contains("params by name");
  }

  @Test
  void unknownMethodIsMethodNotFound() {
    JsonNode response = one("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"admin_peers\"}");
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32601);
    assertThat(response.at("/error/message").textValue())
        .isEqualTo(
            "the method admin_peers does not exist/is not available; enabled namespaces: eth, net,"
                + " test, web3");
  }

  @Test
  void badParamsAreInvalidParamsNamingTheParam() {
    JsonNode response =
        one("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_sha3\",\"params\":[\"0x1\"]}");
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32602);
    assertThat(response.at("/error/message").textValue())
        .startsWith("invalid param 0 (data): expected 0x-prefixed hex data");
  }

  @Test
  void aFailingMethodIsAnInternalErrorAndTheNextCallStillWorks() {
    JsonNode response =
        one(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_broken\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"net_listening\"}]");
    assertThat(response.get(0).at("/error/code").intValue()).isEqualTo(-32603);
    assertThat(response.get(1).get("result").booleanValue()).isTrue();
  }

  @Test
  void batchElementsAreAnsweredIndependentlyAndNotificationsLeftOut() {
    JsonNode response =
        one(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_echo\",\"params\":[\"x\"]},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"test_echo\",\"params\":[\"n\"]},"
                + "7]");
    assertThat(response.size()).isEqualTo(2);
    assertThat(response.get(0).at("/result/echo").textValue()).isEqualTo("x");
    assertThat(response.get(1).at("/error/code").intValue()).isEqualTo(-32600);
  }

  @Test
  void emptyBatchIsOneInvalidRequest() {
    JsonNode response = one("[]");
    assertThat(response.isObject()).isTrue();
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32600);
  }

  @Test
  void batchOverTheLimitIsRefusedAsAWhole() {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}";
    JsonNode response = one("[" + String.join(",", call, call, call, call) + "]");
    assertThat(response.isObject()).isTrue();
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32005);
    assertThat(response.at("/error/message").textValue())
        .isEqualTo("batch of 4 requests exceeds the limit of 3; split it into smaller batches");
  }
}
