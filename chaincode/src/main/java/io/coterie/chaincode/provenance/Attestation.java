package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.Objects;

/**
 * An inspector's attestation of event {@code eventId}: the hash of its off-chain statement. The
 * field keeps its first name, {@code auditor}, as the Attested event and the trace JSON do.
 */
public record Attestation(long eventId, ChainAddress auditor, long time, Word statementHash) {
  public Attestation {
    Objects.requireNonNull(auditor, "auditor");
    Objects.requireNonNull(statementHash, "statementHash");
  }
}
