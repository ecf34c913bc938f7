package io.coterie.node.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;

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
 * With authentication on, the explorer (which shows holdings and consents) needs a valid token, as
 * a Bearer header or {@code ?token=}; the trace pages stay public.
 */
class ExplorerAuthTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

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

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theExplorerNeedsAValidTokenAndTracePagesDoNot() throws Exception {
    assertThat(get("/explorer", null).statusCode()).isEqualTo(401);
    assertThat(get("/explorer", "not.a.token").statusCode()).isEqualTo(401);

    String token = partners.token(PartnerNode.account(3)); // the devnet auditor
    assertThat(get("/explorer", token).statusCode()).isEqualTo(200);
    HttpResponse<String> byQuery = get("/explorer?token=" + token, null);
    assertThat(byQuery.statusCode()).isEqualTo(200);
    assertThat(byQuery.body()).contains("token=" + token);

    // A trace page's answer (here: no such lot) is served without any token.
    assertThat(get("/01/10614141000033/10/NO-SUCH-LOT", null).statusCode()).isEqualTo(404);
  }
}
