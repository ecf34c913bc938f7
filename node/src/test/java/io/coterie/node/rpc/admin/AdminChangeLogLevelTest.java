package io.coterie.node.rpc.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.logging.LogLevels;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** admin_changeLogLevel and rpc_modules over HTTP on a running devnet node. */
class AdminChangeLogLevelTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Logger RPC_LOG = LoggerFactory.getLogger("io.coterie.node.rpc.server.Z");
  private static final Logger CHAIN_LOG = LoggerFactory.getLogger("io.coterie.node.chain.Z");

  @TempDir Path dir;
  private Node node;

  @BeforeEach
  void start() {
    RpcServerConfig rpc =
        RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(false, "127.0.0.1", 0);
    List<String> apis = List.of("eth", "net", "web3", "admin");
    node = NodeBuilder.build(DevnetConfig.create(dir, 200, rpc, apis, apis)).start();
  }

  @AfterEach
  void stop() {
    node.close();
    LogLevels.setRoot(Level.WARN);
    LogLevels.set(Level.WARN, List.of("io.coterie.node.rpc"));
  }

  private JsonNode call(String method, Object... params) throws IOException, InterruptedException {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", 1);
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + node.rpc().orElseThrow().httpPort()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  @Test
  void changesTheLevelOfTheFilteredLoggersOnlyThenOfAll() throws Exception {
    assertThat(RPC_LOG.isDebugEnabled()).isFalse();

    JsonNode filtered = call("admin_changeLogLevel", "DEBUG", List.of("io.coterie.node.rpc"));
    assertThat(filtered.get("result").textValue()).isEqualTo("Success");
    assertThat(RPC_LOG.isDebugEnabled()).isTrue();
    assertThat(CHAIN_LOG.isDebugEnabled()).isFalse();

    assertThat(call("admin_changeLogLevel", "trace").get("result").textValue())
        .isEqualTo("Success");
    assertThat(CHAIN_LOG.isTraceEnabled()).isTrue();

    call("admin_changeLogLevel", "ERROR");
    assertThat(CHAIN_LOG.isWarnEnabled()).isFalse();
  }

  @Test
  void anUnknownLevelIsInvalidParamsAndChangesNothing() throws Exception {
    JsonNode response = call("admin_changeLogLevel", "LOUD");
    assertThat(response.at("/error/code").intValue()).isEqualTo(-32602);
    assertThat(response.at("/error/message").textValue())
        .contains("unknown log level 'LOUD'; use one of OFF, FATAL, ERROR, WARN, INFO, DEBUG");
    assertThat(CHAIN_LOG.isWarnEnabled()).isTrue();
    assertThat(CHAIN_LOG.isInfoEnabled()).isFalse();

    JsonNode badFilter = call("admin_changeLogLevel", "DEBUG", List.of(7));
    assertThat(badFilter.at("/error/code").intValue()).isEqualTo(-32602);
    assertThat(CHAIN_LOG.isDebugEnabled()).isFalse();
  }

  @Test
  void rpcModulesListsTheEnabledNamespaces() throws Exception {
    JsonNode modules = call("rpc_modules").get("result");
    assertThat(modules.get("eth").textValue()).isEqualTo("1.0");
    assertThat(modules.get("admin").textValue()).isEqualTo("1.0");
    assertThat(modules.has("qbft")).isFalse();
  }
}
