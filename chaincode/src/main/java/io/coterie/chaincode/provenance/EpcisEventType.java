package io.coterie.chaincode.provenance;

import java.util.Optional;

/** The EPCIS 2.0 event types this precompile records; ABI code {@code ordinal + 1}. */
public enum EpcisEventType {
  OBJECT_EVENT,
  AGGREGATION_EVENT,
  TRANSACTION_EVENT,
  TRANSFORMATION_EVENT;

  private static final EpcisEventType[] VALUES = values();

  public int code() {
    return ordinal() + 1;
  }

  /** The EPCIS 2.0 JSON-LD type name, e.g. {@code ObjectEvent}. */
  public String epcisName() {
    return switch (this) {
      case OBJECT_EVENT -> "ObjectEvent";
      case AGGREGATION_EVENT -> "AggregationEvent";
      case TRANSACTION_EVENT -> "TransactionEvent";
      case TRANSFORMATION_EVENT -> "TransformationEvent";
    };
  }

  public static Optional<EpcisEventType> fromCode(int code) {
    return code >= 1 && code <= VALUES.length ? Optional.of(VALUES[code - 1]) : Optional.empty();
  }
}
