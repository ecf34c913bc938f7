package io.coterie.node.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as an operator gets it: unpacked into a temp dir, {@code bin/coterie} run as
 * a process with the Java on PATH and nothing of Maven. Runs in failsafe's integration-test phase,
 * after package built the archive.
 */
class ReleaseArchiveIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern HTTP_URL =
      Pattern.compile("JSON-RPC HTTP:\\s+(http://127\\.0\\.0\\.1:\\d+)");

  @TempDir Path dir;

  private Path unpack() throws Exception {
    Path archive = Path.of(System.getProperty("coterie.release.archive", "missing"));
    assertThat(archive).as("mvn package writes the archive").isRegularFile();
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", dir.toString())
            .inheritIO()
            .start();
    assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tar.exitValue()).isZero();
    try (Stream<Path> top = Files.list(dir)) {
      return top.filter(p -> p.getFileName().toString().startsWith("coterie-")).findFirst().get();
    }
  }

  @Test
  void unpackedArchiveHoldsTheLauncherJarsConfigAndLicences() throws Exception {
    Path home = unpack();
    assertThat(home.resolve("bin/coterie")).isExecutable();
    assertThat(home.resolve("config/coterie.service")).content().contains("NoNewPrivileges=true");
    assertThat(home.resolve("config/devnet.toml")).isRegularFile();
    assertThat(home.resolve("LICENSE")).content().contains("Apache License");
    assertThat(home.resolve("licences/README")).content().contains("log4j-core");
    try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
      assertThat(jars.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("coterie-node-"))
          .anyMatch(name -> name.startsWith("rocksdbjni-"))
          .noneMatch(name -> name.startsWith("slf4j-simple"));
    }

    Process version =
        new ProcessBuilder(home.resolve("bin/coterie").toString(), "--version").start();
    String printed = read(version.getInputStream());
    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(printed.trim())
        .matches("coterie \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,}|unknown)\\)");
  }

  @Test
  void binCoterieDevnetServesJsonRpcLogsJsonLinesAndStops() throws Exception {
    Path home = unpack();
    Process devnet =
        new ProcessBuilder(
                home.resolve("bin/coterie").toString(),
                "--log-format",
                "json",
                "devnet",
                "--validators",
                "1",
                "--block-period",
                "300ms",
                "--data-path",
                dir.resolve("data").toString(),
                "--rpc-http-port",
                "0",
                "--rpc-ws-port",
                "0",
                "--rpc-http-api",
                "eth,net,web3,admin",
                "--demo-lot=false")
            .directory(dir.toFile())
            .start();
    List<String> out = follow(devnet.getInputStream());
    List<String> err = follow(devnet.getErrorStream());
    try {
      String url =
          await().atMost(Duration.ofSeconds(120)).until(() -> httpUrl(out), u -> !u.isEmpty());
      long first = Long.decode(call(url, "eth_blockNumber").get("result").textValue());
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> Long.decode(call(url, "eth_blockNumber").get("result").textValue()),
              n -> n > first);

      JsonNode modules = call(url, "rpc_modules").get("result");
      assertThat(modules.get("eth").textValue()).isEqualTo("1.0");
      assertThat(modules.get("admin").textValue()).isEqualTo("1.0");
      assertThat(call(url, "admin_changeLogLevel", "DEBUG").get("result").textValue())
          .isEqualTo("Success");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> err.stream().anyMatch(line -> line.contains("\"level\":\"DEBUG\"")));

      HttpResponse<String> fromPage =
          HTTP.send(
              request(url, "eth_chainId").header("Origin", "http://dapp.example").build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(fromPage.headers().firstValue("Access-Control-Allow-Origin"))
          .as("the devnet allows any origin")
          .isPresent();
      assertThat(String.join("\n", out))
          .as("the devnet warms its JIT up on a throwaway chain first, by default")
          .containsPattern("JIT warm-up: [\\d,]+ transactions in \\d+ rounds")
          .contains("wallet_addEthereumChain")
          .contains("chainId: \"0x539\"");
    } finally {
      devnet.destroy();
      assertThat(devnet.waitFor(60, TimeUnit.SECONDS)).as("SIGTERM stops the devnet").isTrue();
    }

    List<String> logLines = err.stream().filter(line -> line.startsWith("{")).toList();
    assertThat(logLines).isNotEmpty();
    for (String line : logLines) {
      JsonNode parsed = JSON.readTree(line);
      assertThat(parsed.fieldNames())
          .toIterable()
          .contains("time", "level", "logger", "thread", "message");
    }
  }

  private static String httpUrl(List<String> out) {
    for (String line : out) {
      Matcher m = HTTP_URL.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "";
  }

  private static HttpRequest.Builder request(String url, String method, Object... params) {
    var body = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
    var array = body.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private static JsonNode call(String url, String method, Object... params) throws Exception {
    HttpResponse<String> response =
        HTTP.send(request(url, method, params).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /** The stream's lines as they arrive, read on a daemon thread so the process never blocks. */
  private static List<String> follow(InputStream stream) {
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("(read failed: " + e + ")");
              }
            });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
