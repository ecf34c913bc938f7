package io.coterie.node.rpc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.support.NodeScript;
import io.coterie.node.support.TamperingProxy;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.TracedLot;
import io.coterie.node.support.Web3jClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The trace page in a real headless browser (Debian's chromium, driven by puppeteer-core from
 * {@code scripts/browser}): the steps a person reads, the proof the page checks itself, a proof
 * that a man in the middle changed by one digit, and a phone-sized screen. Screenshots go to {@code
 * target/trace-page*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracePageBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path dataDir;
  private TestNode node;
  private Web3jClient client;
  private String path;

  @BeforeAll
  void start() throws Exception {
    dataDir = Files.createTempDirectory("trace-browser");
    node = TestNode.devnet(dataDir);
    client = new Web3jClient(node);
    TracedLot lot = TracedLot.record(client, "B1");
    path = "/01/" + TracedLot.PACKED_GTIN + "/10/" + lot.packedLot();
  }

  @AfterAll
  void stop() throws Exception {
    client.close();
    node.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static JsonNode open(String url, String screenshot, String... flags) throws Exception {
    List<String> args =
        new ArrayList<>(List.of(url, Path.of("target", screenshot).toAbsolutePath().toString()));
    args.addAll(List.of(flags));
    String output =
        NodeScript.in("browser", "puppeteer-core")
            .output("trace-page.mjs", args.toArray(String[]::new));
    String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
    assertThat(Path.of("target", screenshot)).isNotEmptyFile();
    return JSON.readTree(line.substring("RESULT ".length()));
  }

  @Test
  void pageShowsTheStepsAndVerifiesItsProofAgainstTheSignedBlock() throws Exception {
    JsonNode page = open(node.httpUrl() + path, "trace-page.png");

    assertThat(page.get("status").asInt()).isEqualTo(200);
    assertThat(page.get("external")).as("requests outside the node").isEmpty();
    assertThat(page.get("errors")).isEmpty();
    List<String> steps = new ArrayList<>();
    page.get("steps").forEach(s -> steps.add(s.get("bizStep").asText()));
    assertThat(steps).containsExactly("commissioning", "other", "packing", "shipping", "receiving");
    assertThat(page.get("steps").get(2).get("text").asText())
        .contains("Packed")
        .contains("2.00 – 4.50 °C")
        .contains("Checked and attested by Inspector");
    assertThat(page.get("proofState").asText()).isEqualTo("ok");
    assertThat(page.get("proof").asText())
        .matches("Verified against block \\d+, signed by 1 of 1 validators\\.");
    assertThat(page.get("qr").asBoolean()).isTrue();
  }

  @Test
  void pageRefusesAProofChangedByOneDigitAndSaysSo() throws Exception {
    try (TamperingProxy proxy = TamperingProxy.to(node.httpUrl())) {
      JsonNode page = open(proxy.url() + path, "trace-page-tampered.png");

      assertThat(page.get("steps")).hasSize(5);
      assertThat(page.get("proofState").asText()).isEqualTo("failed");
      assertThat(page.get("proof").asText())
          .startsWith("Proof FAILED: account 0x")
          .endsWith("Do not trust this page.");
    }
  }

  @Test
  void onAPhoneThePageFitsTheScreenAndSpeaksChinese() throws Exception {
    JsonNode page = open(node.httpUrl() + path, "trace-page-phone.png", "phone", "zh");

    assertThat(page.get("scrollWidth").asInt())
        .isLessThanOrEqualTo(page.get("viewportWidth").asInt());
    assertThat(page.get("title").asText()).startsWith("产品溯源");
    assertThat(page.get("proof").asText()).matches("已对照区块 \\d+ 验证，1 个验证者中有 1 个签名。");
  }
}
