package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.Word;
import java.util.Objects;
import java.util.Optional;

/**
 * The "why, when, where" of an EPCIS event and its attachments, as every recording function takes
 * them: CBV business step and disposition (code 0: none), event time (seconds), read point and
 * business location (GLN numbers, 0: none), an optional temperature summary in hundredths of a
 * degree Celsius, and an off-chain document (hash + URI; zero/empty: none).
 */
public record EventContext(
    BizStep bizStep,
    int dispositionCode,
    long eventTime,
    long readPointGln,
    long bizLocationGln,
    boolean hasSensor,
    int minTempCentiC,
    int maxTempCentiC,
    Word documentHash,
    String documentUri) {
  public EventContext {
    Objects.requireNonNull(bizStep, "bizStep");
    Objects.requireNonNull(documentHash, "documentHash");
    Objects.requireNonNull(documentUri, "documentUri");
  }

  public Optional<Disposition> disposition() {
    return Disposition.fromCode(dispositionCode);
  }

  /** The read point as a 13-digit GLN. */
  public Optional<String> readPoint() {
    return readPointGln == 0 ? Optional.empty() : Optional.of(Gs1.glnString(readPointGln));
  }

  /** The business location as a 13-digit GLN. */
  public Optional<String> bizLocation() {
    return bizLocationGln == 0 ? Optional.empty() : Optional.of(Gs1.glnString(bizLocationGln));
  }
}
