package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.app.ChainAccess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coterie devnet} as a real child process: serves RPC, stops on SIGTERM, resumes. */
class DevnetProcessTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static final Pattern RESULT = Pattern.compile("\"result\"\\s*:\\s*\"0x([0-9a-f]+)\"");

  @TempDir Path dir;

  /** The head number eth_blockNumber reports; -1 while the node does not answer. */
  private static long blockNumber(int port) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}"))
            .timeout(Duration.ofSeconds(2))
            .build();
    try {
      Matcher result =
          RESULT.matcher(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
      return result.find() ? Long.parseLong(result.group(1), 16) : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static long head(Path dataPath) {
    try (ChainAccess access = ChainAccess.open(dataPath, DevnetSpec.create(1, 1_000))) {
      return access.chain().head().number();
    }
  }

  private long runUntilServingThenStop(Path dataPath, Path log, long minimumHead) throws Exception {
    runUntilServingThenStop(dataPath, log, minimumHead, 1);
    return head(dataPath);
  }

  private void runUntilServingThenStop(Path dataPath, Path log, long minimumHead, int validators)
      throws Exception {
    try (DevnetChild child = DevnetChild.start(dataPath, log, validators)) {
      Process process = child.process();
      int httpPort = child.httpPort();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> blockNumber(httpPort) >= minimumHead || !process.isAlive());
      assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }
  }

  @Test
  void devnetServesStopsCleanlyOnSigtermAndResumesItsChain() throws Exception {
    Path dataPath = dir.resolve("devnet-data");
    Path firstLog = dir.resolve("first.log");

    long firstHead = runUntilServingThenStop(dataPath, firstLog, 1);

    String banner = Files.readString(firstLog);
    assertThat(banner)
        .contains("Chain id:           1337")
        .contains("Account #0: " + DevnetSpec.accounts().get(0).checksumAddress())
        .contains("DEFAULT_ADMIN")
        .contains("Private Key: " + DevnetSpec.accounts().get(9).privateKeyHex())
        .contains("publicly known")
        .contains("Devnet stopped at block");
    assertThat(firstHead).isPositive();

    Path secondLog = dir.resolve("second.log");
    long secondHead = runUntilServingThenStop(dataPath, secondLog, firstHead);

    assertThat(Files.readString(secondLog)).contains("Resumed Coterie devnet");
    assertThat(secondHead).isGreaterThanOrEqualTo(firstHead);
    assertThat(CliRun.of("db", "verify", "--data-path", dataPath.toString(), "--devnet").exitCode())
        .isZero();
  }

  @Test
  void theDefaultDevnetIsFourValidatorsThatAgreeStopCleanlyAndResume() throws Exception {
    Path dataPath = dir.resolve("devnet-four");
    Path firstLog = dir.resolve("four-first.log");

    runUntilServingThenStop(dataPath, firstLog, 2, 4);

    assertThat(Files.readString(firstLog))
        .contains("Validators:         4")
        .contains("node 3: http://127.0.0.1:")
        .contains("Devnet stopped at block");
    long firstHead = agreedHead(dataPath, 4);
    assertThat(firstHead).isGreaterThanOrEqualTo(1);

    Path secondLog = dir.resolve("four-second.log");
    runUntilServingThenStop(dataPath, secondLog, firstHead + 1, 4);

    assertThat(Files.readString(secondLog)).contains("Resumed Coterie devnet");
    assertThat(agreedHead(dataPath, 4)).isGreaterThanOrEqualTo(firstHead);
    CliRun single = CliRun.of("devnet", "--validators", "1", "--data-path", dataPath.toString());
    assertThat(single.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(single.err()).contains("several validators");
  }

  /** The lowest head of the stopped nodes, after checking they agree on every block up to it. */
  private static long agreedHead(Path dataPath, int validators) {
    List<ChainAccess> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < validators; i++) {
        nodes.add(
            ChainAccess.open(dataPath.resolve("node-" + i), DevnetSpec.create(validators, 1_000)));
      }
      long low = nodes.stream().mapToLong(a -> a.chain().head().number()).min().orElseThrow();
      for (long n = 0; n <= low; n++) {
        long number = n;
        List<String> hashes =
            nodes.stream()
                .map(a -> a.chain().hash(a.chain().headerByNumber(number).orElseThrow()).toString())
                .distinct()
                .toList();
        assertThat(hashes).as("block %d", number).hasSize(1);
      }
      return low;
    } finally {
      nodes.forEach(ChainAccess::close);
    }
  }
}
