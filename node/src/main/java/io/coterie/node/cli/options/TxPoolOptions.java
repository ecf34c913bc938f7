package io.coterie.node.cli.options;

import java.math.BigInteger;
import picocli.CommandLine.Option;

/** What the transaction pool accepts. */
public final class TxPoolOptions {
  @Option(
      names = "--min-gas-price",
      paramLabel = "<WEI>",
      defaultValue = "0",
      description = "Lowest gas price (wei) the pool accepts (default: ${DEFAULT-VALUE}).")
  BigInteger minGasPrice;

  public record TxPoolConfig(BigInteger minGasPrice) {
    public TxPoolConfig {
      if (minGasPrice.signum() < 0) {
        throw new IllegalArgumentException(
            "--min-gas-price must be 0 or more wei, got " + minGasPrice);
      }
    }
  }

  public TxPoolConfig config() {
    return new TxPoolConfig(minGasPrice);
  }
}
