package io.coterie.node.rpc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.TestNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /member} on the web listener over real sockets: the page in English or Chinese, the
 * data its script starts from (merchants read from the chain's roles, consent purposes, only
 * numeric prefills), its assets from the jar, and the site's Content-Security-Policy.
 */
class MemberSiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATA =
      Pattern.compile("<script type=\"application/json\" id=\"member-data\">(.*?)</script>");

  @TempDir Path dataDir;
  private TestNode node;
  private String web;

  @BeforeEach
  void start() {
    node = TestNode.devnetWithWebListener(dataDir, 5 * 1024 * 1024);
    web = "http://127.0.0.1:" + node.node().rpc().orElseThrow().webPort();
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private HttpResponse<String> get(String path, String language) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(web + path))
                .header("Accept-Language", language)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode data(String html) throws Exception {
    Matcher matcher = DATA.matcher(html);
    assertThat(matcher.find()).as("the page's #member-data").isTrue();
    return JSON.readTree(matcher.group(1));
  }

  @Test
  void thePageCarriesWhatItsScriptNeeds() throws Exception {
    HttpResponse<String> page = get("/member?proposal=42&drop=1%3Cscript%3E", "en-GB,en;q=0.8");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .contains("connect-src 'self'");
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("<h1>Member account</h1>")
        .contains("id=\"create-form\"")
        .contains("<script type=\"module\" src=\"/member/assets/member.js\">");
    JsonNode data = data(page.body());
    assertThat(data.get("rpc").asText()).isEqualTo("/member/rpc");
    assertThat(data.get("chainId").asText()).isEqualTo("0x539");
    assertThat(data.get("contracts").get("accounts").asText())
        .isEqualTo("0x0000000000000000000000000000000000001008");
    List<String> merchants = new ArrayList<>();
    data.get("merchants").forEach(m -> merchants.add(m.get("role") + " " + m.get("address")));
    assertThat(merchants)
        .contains(
            "\"brand\" \"" + DevKeys.address(0).toHex() + "\"",
            "\"shop\" \"" + DevKeys.address(1).toHex() + "\"");
    assertThat(data.get("purposes")).hasSize(4);
    assertThat(data.get("prefill").get("proposal").asText()).isEqualTo("42");
    assertThat(data.get("prefill").has("drop")).as("a prefill that is not a number").isFalse();
    assertThat(data.get("text").get("error.ERC20InsufficientBalance").asText())
        .isEqualTo("you do not have that many points");
  }

  @Test
  void chineseReadersGetChineseWords() throws Exception {
    HttpResponse<String> page = get("/member", "zh-CN,zh;q=0.9,en;q=0.5");

    assertThat(page.body()).contains("<html lang=\"zh-CN\">").contains("<h1>会员账户</h1>");
    assertThat(data(page.body()).get("text").get("done.transfer").asText())
        .isEqualTo("已向 {1} 发送 {0} 积分。");
  }

  @Test
  void itsAssetsComeFromTheJarAndNothingElseDoes() throws Exception {
    HttpResponse<String> script = get("/member/assets/member.js", "");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("coterie_sendMemberRequest");
    assertThat(get("/member/assets/member.css", "").statusCode()).isEqualTo(200);
    assertThat(get("/member/assets/../web/MemberSite.class", "").statusCode()).isEqualTo(404);
    assertThat(get("/member/other", "").statusCode()).isEqualTo(404);
  }
}
