package io.coterie.node.rpc.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.app.Node;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.types.Address;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin, perm, net and qbft methods over HTTP on a running four-validator network, in Besu's
 * shapes.
 */
class NetworkRpcMethodsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static LocalValidatorNetwork net;

  @BeforeAll
  static void startNetwork() {
    net = LocalValidatorNetwork.start(dir, 4);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                net.minHead() >= 2
                    && net.running().stream()
                        .allMatch(n -> n.peers().orElseThrow().peerCount() == 3));
  }

  @AfterAll
  static void stopNetwork() {
    net.close();
  }

  private static JsonNode call(Node node, String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", 1);
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + node.rpc().orElseThrow().httpPort()))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static JsonNode result(Node node, String method, Object... params) {
    JsonNode response = call(node, method, params);
    assertThat(response.has("error")).as("%s answered %s", method, response).isFalse();
    return response.get("result");
  }

  @Test
  void peersAndNodeInfoDescribeTheConnectedNetwork() {
    Node node = net.node(0);
    assertThat(result(node, "net_peerCount").textValue()).isEqualTo("0x3");

    JsonNode info = result(node, "admin_nodeInfo");
    assertThat(info.get("enode").textValue()).isEqualTo(net.enode(0).toString());
    assertThat(info.get("id").textValue()).isEqualTo(net.enode(0).nodeIdHex());
    assertThat(info.at("/ports/listener").intValue()).isEqualTo(net.enode(0).port());
    assertThat(info.at("/protocols/cot/network").longValue()).isEqualTo(1337);

    JsonNode peers = result(node, "admin_peers");
    assertThat(peers).hasSize(3);
    assertThat(peers.findValuesAsText("id"))
        .containsExactlyInAnyOrder(
            "0x" + net.enode(1).nodeIdHex(),
            "0x" + net.enode(2).nodeIdHex(),
            "0x" + net.enode(3).nodeIdHex());

    assertThat(result(node, "admin_addPeer", net.enode(1).toString()).booleanValue())
        .as("already a static peer")
        .isFalse();
    String stranger =
        new Enode(new NodeKey(PrivateKey.random(new SecureRandom())).publicKey(), "127.0.0.1", 9)
            .toString();
    assertThat(result(node, "admin_addPeer", stranger).booleanValue()).isTrue();
    assertThat(result(node, "admin_removePeer", stranger).booleanValue()).isTrue();
    assertThat(result(node, "admin_removePeer", stranger).booleanValue()).isFalse();
    assertThat(call(node, "admin_addPeer", "enode://nope").at("/error/code").intValue())
        .isEqualTo(-32602);
  }

  @Test
  void theAllowlistIsReadAndChangedAsBesuDoes() {
    Node node = net.node(1);
    String outsider = net.enode(3).toString();
    // The four validators and the network's observer.
    assertThat(result(node, "perm_getNodesAllowlist")).hasSize(5);

    assertThat(result(node, "perm_removeNodesFromAllowlist", List.of(outsider)).textValue())
        .isEqualTo("Success");
    assertThat(result(node, "perm_getNodesAllowlist"))
        .extracting(JsonNode::textValue)
        .hasSize(4)
        .doesNotContain(outsider);
    JsonNode absent = call(node, "perm_removeNodesFromAllowlist", List.of(outsider));
    assertThat(absent.at("/error/code").intValue()).isEqualTo(-32000);
    assertThat(absent.at("/error/message").textValue()).contains("absent");

    assertThat(result(node, "perm_addNodesToAllowlist", List.of(outsider)).textValue())
        .isEqualTo("Success");
    JsonNode existing = call(node, "perm_addNodesToAllowlist", List.of(outsider));
    assertThat(existing.at("/error/message").textValue()).contains("existing");
    assertThat(result(node, "perm_getNodesAllowlist"))
        .extracting(JsonNode::textValue)
        .contains(outsider)
        .hasSize(5);
  }

  @Test
  void votesAreProposedListedAndDiscarded() {
    Node node = net.node(2);
    String candidate = Address.of(0xabc).toHex();
    assertThat(result(node, "qbft_proposeValidatorVote", candidate, true).booleanValue()).isTrue();
    assertThat(result(node, "qbft_getPendingVotes").get(candidate).booleanValue()).isTrue();
    assertThat(result(node, "qbft_discardValidatorVote", candidate).booleanValue()).isTrue();
    assertThat(result(node, "qbft_getPendingVotes").size()).isZero();
    assertThat(result(node, "qbft_discardValidatorVote", candidate).booleanValue()).isFalse();
  }

  @Test
  void signerMetricsCountEachValidatorsProposals() {
    Node node = net.node(0);
    JsonNode metrics = result(node, "qbft_getSignerMetrics", "0x1", "0x2");
    assertThat(metrics).hasSize(4);
    long proposed = 0;
    for (JsonNode row : metrics) {
      proposed += Long.decode(row.get("proposedBlockCount").textValue());
    }
    assertThat(proposed).isEqualTo(2);
    assertThat(result(node, "qbft_getValidatorsByBlockNumber", "latest")).hasSize(4);
  }
}
