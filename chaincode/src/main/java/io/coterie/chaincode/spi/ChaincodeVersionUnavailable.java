package io.coterie.chaincode.spi;

import java.util.List;

/**
 * The chain schedules a chaincode version this binary does not carry, so the node cannot execute
 * the chain's blocks from that height on and must not start. The message names each missing module
 * and version and says to upgrade the binary.
 */
public final class ChaincodeVersionUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ChaincodeVersionUnavailable(List<String> problems) {
    super(
        "this node cannot execute the chain its genesis describes: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One sentence per scheduled version the binary lacks. */
  public List<String> problems() {
    return problems;
  }
}
