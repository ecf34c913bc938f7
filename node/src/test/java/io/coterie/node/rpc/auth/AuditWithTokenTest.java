package io.coterie.node.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.cli.CoterieCommand;
import io.coterie.node.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coterie audit verify} against a node whose RPC requires tokens: refused without one, with
 * a message saying how to give one; passing with auditor #3's token from {@code COTERIE_RPC_TOKEN},
 * which never appears in what it prints.
 */
class AuditWithTokenTest {
  private static final String PROVENANCE = "0x0000000000000000000000000000000000001004";

  @TempDir Path dir;
  private final TestClock clock = new TestClock();
  private PartnerNode partner;
  private String url;
  private String token;

  @BeforeEach
  void start() {
    partner = new PartnerNode(dir, clock);
    url = "http://127.0.0.1:" + partner.node.rpc().orElseThrow().httpPort();
    token = partner.token(PartnerNode.account(3));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Long.decode(
                        partner.rpc.call(token, "eth_blockNumber").body().get("result").asText())
                    >= 1);
  }

  @AfterEach
  void stop() {
    partner.close();
  }

  private record Run(int exitCode, String out, String err) {}

  private Run audit(Map<String, String> environment) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CoterieCommand.execute(
            new String[] {
              "audit", "verify", "--rpc", url, "--address", PROVENANCE, "--slot", "0x0"
            },
            environment,
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void withoutATokenTheAuditSaysHowToGiveOne() {
    Run run = audit(Map.of());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err())
        .contains("was refused (HTTP 401)", "pass --token or set COTERIE_RPC_TOKEN");
  }

  @Test
  void anAuditorsTokenFromTheEnvironmentIsUsedAndNeverPrinted() {
    Run run = audit(Map.of("COTERIE_RPC_TOKEN", token));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("storage proof of slot 0x" + "0".repeat(64))
        .contains("signed by 1 of 1 validators (quorum 1) OK")
        .contains("verified: block");
    assertThat(run.out() + run.err()).doesNotContain(token);
  }
}
