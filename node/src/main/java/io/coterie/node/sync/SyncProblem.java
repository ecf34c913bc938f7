package io.coterie.node.sync;

import io.coterie.node.crypto.PublicKey;

/**
 * Why a download from {@code peer} stopped at {@code blockNumber}, and whether it was its fault.
 */
public record SyncProblem(PublicKey peer, long blockNumber, Kind kind, String reason) {
  public enum Kind {
    /** The peer did not answer in time; tried again later, without penalty. */
    TIMEOUT,
    /** The peer went away or lacks the blocks it announced; tried again later. */
    UNAVAILABLE,
    /** The peer served data that fails verification: it is penalised and avoided. */
    INVALID
  }

  @Override
  public String toString() {
    return kind
        + " from "
        + peer.toHex().substring(0, 18)
        + "… at block "
        + blockNumber
        + ": "
        + reason;
  }
}
