package io.coterie.node.cli.subcommand;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.rpc.server.RpcServerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * The warm-up drives a real throwaway devnet over HTTP: every transaction it sends is included, its
 * chain is deleted afterwards, and the log level it held back is restored.
 */
class JitWarmUpTest {

  @Test
  void includesEveryTransactionOfItsRoundsThenDeletesItsChain() {
    Level before = LogManager.getRootLogger().getLevel();
    StringWriter printed = new StringWriter();

    JitWarmUp.Summary summary =
        JitWarmUp.run(1, RpcServerConfig.defaults(), new PrintWriter(printed, true))
            .orElseThrow(() -> new AssertionError(printed.toString()));

    assertThat(summary.rounds()).isPositive();
    assertThat(summary.transactions()).isEqualTo(summary.rounds() * JitWarmUp.ROUND);
    assertThat(summary.directory()).doesNotExist();
    assertThat(LogManager.getRootLogger().getLevel()).isEqualTo(before);
    assertThat(summary.describe())
        .startsWith("JIT warm-up: " + String.format("%,d", summary.transactions()))
        .contains("--jit-warm-up=false");
    assertThat(printed.toString()).doesNotContain("skipped");
  }

  @Test
  void aWarmUpThatCannotStartSaysSoAndTheDevnetGoesOnCold() {
    StringWriter printed = new StringWriter();
    // A body limit too small for any batch of 500 transactions makes every send fail.
    RpcServerConfig tooSmall = RpcServerConfig.defaults().withLimits(64, 1024, 100);

    assertThat(JitWarmUp.run(1, tooSmall, new PrintWriter(printed, true))).isEmpty();
    assertThat(printed.toString()).contains("JIT warm-up skipped, the devnet starts cold: ");
  }
}
