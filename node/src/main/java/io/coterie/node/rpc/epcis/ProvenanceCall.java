package io.coterie.node.rpc.epcis;

import io.coterie.node.types.Bytes;
import java.util.Objects;

/**
 * One event of a document as the Provenance precompile call it maps to: the event's JSON pointer,
 * the function, a one-line summary for people, and the ABI calldata a transaction to {@code
 * 0x…1004} carries.
 */
public record ProvenanceCall(String pointer, String function, String summary, Bytes calldata) {
  public ProvenanceCall {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(calldata, "calldata");
  }
}
