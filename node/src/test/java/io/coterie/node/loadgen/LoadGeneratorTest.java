package io.coterie.node.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.support.TestNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of each workload against a devnet node: everything sent is included and succeeds. */
class LoadGeneratorTest {
  @TempDir Path dataDir;

  private static LoadGenerator.Options options(TestNode node, String workload) {
    return LoadGenerator.Options.parse(
        new String[] {
          "--http", node.httpUrl(),
          "--ws", node.wsUrl(),
          "--workload", workload,
          "--transactions", "120",
          "--batch", "20",
          "--concurrency", "2",
          "--timeout-seconds", "60"
        });
  }

  @Test
  void pointsTransfersBetweenMembersAreAllIncludedAndSucceed() throws Exception {
    try (TestNode node = TestNode.devnet(dataDir)) {
      LoadGenerator.Options options = options(node, "points");

      LoadGenerator.Report report = LoadGenerator.run(options);

      assertThat(report.rejected()).as("%s", report.errors()).isZero();
      assertThat(report.included()).isEqualTo(120);
      assertThat(report.failed()).isZero();
      assertThat(report.describe(options))
          .contains("CPT (ERC-20 points) transfers between members #4-#9", "of which failed 0");
    }
  }

  @Test
  void nativeTransfersRemainTheDefaultWorkload() throws Exception {
    try (TestNode node = TestNode.devnet(dataDir)) {
      LoadGenerator.Report report = LoadGenerator.run(options(node, "transfers"));

      assertThat(report.included()).isEqualTo(120);
      assertThat(report.failed()).isZero();
    }
    assertThat(LoadGenerator.Options.parse(new String[0]).workload()).isEqualTo(Workload.TRANSFERS);
  }

  @Test
  void overWebSocketEveryTransferIsIncluded() throws Exception {
    try (TestNode node = TestNode.devnet(dataDir)) {
      String[] ws = {
        "--http",
        node.httpUrl(),
        "--ws",
        node.wsUrl(),
        "--transport",
        "ws",
        "--transactions",
        "120",
        "--batch",
        "20",
        "--concurrency",
        "2"
      };

      LoadGenerator.Report report = LoadGenerator.run(LoadGenerator.Options.parse(ws));

      assertThat(report.rejected()).as("%s", report.errors()).isZero();
      assertThat(report.included()).isEqualTo(120);
    }
  }

  @Test
  void anOfferedRateSpreadsTheSendsOverTime() throws Exception {
    try (TestNode node = TestNode.devnet(dataDir)) {
      String[] paced = {
        "--http", node.httpUrl(), "--transactions", "120", "--batch", "20", "--rate", "100"
      };
      LoadGenerator.Options options = LoadGenerator.Options.parse(paced);

      LoadGenerator.Report report = LoadGenerator.run(options);

      assertThat(report.included()).isEqualTo(120);
      // The last batch (transactions 100-119) is due 1 s after the first.
      assertThat(report.seconds()).isGreaterThanOrEqualTo(1.0);
      assertThat(report.describe(options)).contains("offered 100 tx/s");
    }
  }

  @Test
  void freshSendersAdmittedFirstSendWithinTheirWindowAndTheNodesCpuIsReported() throws Exception {
    try (TestNode node = TestNode.devnet(dataDir)) {
      String[] outside = {
        "--http", node.httpUrl(),
        "--workload", "points",
        "--senders", "5",
        "--window", "4",
        "--transactions", "60",
        "--batch", "20",
        "--node-pid", Long.toString(ProcessHandle.current().pid())
      };
      LoadGenerator.Options options = LoadGenerator.Options.parse(outside);

      LoadGenerator.Report report = LoadGenerator.run(options);

      assertThat(report.rejected()).as("%s", report.errors()).isZero();
      assertThat(report.included()).isEqualTo(60);
      assertThat(report.failed()).isZero();
      assertThat(report.nodeCpuSeconds()).isPositive();
      assertThat(report.describe(options))
          .contains(
              "zero-value CPT transfer()s from 5 fresh senders",
              "window 4 per sender",
              "us per transaction");
    }
  }

  @Test
  void aWindowNeedsHttp() {
    String[] ws = {"--transport", "ws", "--window", "64"};
    assertThatThrownBy(() -> LoadGenerator.Options.parse(ws))
        .hasMessage("--window works over --transport http only");
  }

  @Test
  void anUnknownWorkloadIsRefusedByName() {
    assertThatThrownBy(() -> LoadGenerator.Options.parse(new String[] {"--workload", "nfts"}))
        .hasMessage("--workload is transfers or points, got nfts");
  }
}
