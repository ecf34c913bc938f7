package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.Objects;

/** An auditor's attestation of event {@code eventId}: the hash of its off-chain statement. */
public record Attestation(long eventId, ChainAddress auditor, long time, Word statementHash) {
  public Attestation {
    Objects.requireNonNull(auditor, "auditor");
    Objects.requireNonNull(statementHash, "statementHash");
  }
}
