package io.coterie.node.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.rpc.member.MemberRpcMethods;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a port that requires tokens, an anonymous caller reaches the member page's methods through
 * {@code /member/rpc} and nothing else: not the port's JSON-RPC, not a raw transaction, not the
 * txpool or qbft namespaces the port serves to logged-in partners.
 */
class MemberRpcAuthTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private PartnerNode partners;
  private String base;

  @BeforeEach
  void start() {
    partners = new PartnerNode(dir, new TestClock());
    base = "http://127.0.0.1:" + partners.node.rpc().orElseThrow().httpPort();
  }

  @AfterEach
  void stop() {
    partners.close();
  }

  private HttpResponse<String> post(String path, String method, String params) throws Exception {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAnonymousCallerReachesOnlyTheMemberMethods() throws Exception {
    assertThat(post("/", "eth_chainId", "[]").statusCode()).isEqualTo(401);

    HttpResponse<String> chainId = post(MemberRpcMethods.PATH, "eth_chainId", "[]");
    assertThat(chainId.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(chainId.body()).get("result").asText()).isEqualTo("0x539");

    for (String[] call :
        new String[][] {
          {"eth_sendRawTransaction", "[\"0x02f8\"]"},
          {"txpool_content", "[]"},
          {"qbft_getPendingVotes", "[]"},
          {"coterie_loginChallenge", "[\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"]"},
        }) {
      JsonNode answer = JSON.readTree(post(MemberRpcMethods.PATH, call[0], call[1]).body());
      assertThat(answer.has("result")).as(call[0]).isFalse();
      assertThat(answer.get("error").get("message").asText())
          .as(call[0])
          .startsWith(call[0] + " is not served at /member/rpc");
    }
  }
}
