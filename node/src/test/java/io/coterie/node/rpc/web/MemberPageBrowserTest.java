package io.coterie.node.rpc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.support.NodeScript;
import io.coterie.node.support.TestNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The member page in a real headless browser (Debian's chromium, driven by puppeteer-core from
 * {@code scripts/browser/member-page.mjs}) with the DevTools virtual authenticator as the member's
 * passkey. The page is opened at {@code http://localhost:PORT} (WebAuthn refuses IP addresses as
 * relying-party ids). Screenshots go to {@code target/member-page*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberPageBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path dataDir;
  private TestNode node;

  @BeforeAll
  void start() throws Exception {
    dataDir = Files.createTempDirectory("member-browser");
    node = TestNode.devnetWithWebListener(dataDir, 5 * 1024 * 1024);
  }

  @AfterAll
  void stop() throws Exception {
    node.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String screenshot(String name) {
    return Path.of("target", name).toAbsolutePath().toString();
  }

  /** Runs the steps in chromium; what the page showed. */
  private static JsonNode drive(List<Map<String, Object>> steps) throws Exception {
    Path file = Files.createTempFile("member-steps", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(steps));
      String output =
          NodeScript.in("browser", "puppeteer-core").output("member-page.mjs", file.toString());
      String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
      JsonNode result = JSON.readTree(line.substring("RESULT ".length()));
      assertThat(result.get("external")).as("requests outside the node").isEmpty();
      assertThat(result.get("errors")).as("page errors").isEmpty();
      return result;
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aNewPasskeyIsCreatedAndSentToTheRelayer() throws Exception {
    JsonNode result =
        drive(
            List.of(
                Map.of("do", "open", "url", node.webUrl() + "/member", "phone", true),
                Map.of("do", "read"),
                Map.of("do", "fill", "id", "display-name", "value", "Ada"),
                Map.of("do", "submit", "id", "create-form"),
                Map.of("do", "read"),
                Map.of("do", "screenshot", "path", screenshot("member-page-register.png"))));

    JsonNode before = result.get("readings").get(0);
    assertThat(before.get("title").asText()).isEqualTo("Member account");
    assertThat(before.get("signedIn").asBoolean()).isFalse();
    assertThat(before.get("scrollWidth").asInt())
        .isLessThanOrEqualTo(before.get("viewportWidth").asInt());
    assertThat(result.get("credentials").asInt()).as("passkeys on the authenticator").isEqualTo(1);
    JsonNode after = result.get("readings").get(1);
    assertThat(after.get("statusState").asText()).isEqualTo("failed");
    assertThat(after.get("status").asText())
        .isEqualTo(
            "Not done: this node runs no relayer, so requests cannot be sent here; ask the brand");
  }

  @Test
  void thePageSpeaksChinese() throws Exception {
    JsonNode result =
        drive(
            List.of(
                Map.of("do", "open", "url", node.webUrl() + "/member", "zh", true),
                Map.of("do", "read")));

    JsonNode page = result.get("readings").get(0);
    assertThat(page.get("lang").asText()).isEqualTo("zh-CN");
    assertThat(page.get("title").asText()).isEqualTo("会员账户");
  }
}
