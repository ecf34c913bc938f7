package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded EPCIS event. {@code lots} is the epcList (ObjectEvent, TransactionEvent), the
 * childEPCs (AggregationEvent, with {@code parentId}) or the inputEPCList (TransformationEvent,
 * with {@code outputs}). {@code counterparty} is the receiver of a shipment (zero otherwise);
 * {@code recordTime} and {@code blockNumber} come from the block that recorded it.
 */
public record EpcisEvent(
    long eventId,
    EpcisEventType type,
    int actionCode,
    ChainAddress recorder,
    long recordTime,
    long blockNumber,
    ChainAddress counterparty,
    Word parentId,
    List<Word> lots,
    List<Word> outputs,
    EventContext context) {
  public EpcisEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(recorder, "recorder");
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(context, "context");
    lots = List.copyOf(lots);
    outputs = List.copyOf(outputs);
  }

  /** The EPCIS action; empty for TransformationEvents. */
  public Optional<EpcisAction> action() {
    return EpcisAction.fromCode(actionCode);
  }
}
