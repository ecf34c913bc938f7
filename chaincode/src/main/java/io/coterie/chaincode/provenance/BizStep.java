package io.coterie.chaincode.provenance;

import java.util.Optional;

/**
 * The CBV 2.0 business steps ({@code urn:epcglobal:cbv:bizstep:<name>}), with the {@code uint8}
 * codes the ABI uses: {@code code = ordinal + 1}, so 0 is never a valid step. New CBV values may
 * only be appended.
 */
public enum BizStep {
  ACCEPTING,
  ARRIVING,
  ASSEMBLING,
  COLLECTING,
  COMMISSIONING,
  CONSIGNING,
  CREATING_CLASS_INSTANCE,
  CYCLE_COUNTING,
  DECOMMISSIONING,
  DEPARTING,
  DESTROYING,
  DISASSEMBLING,
  DISPENSING,
  ENCODING,
  ENTERING_EXITING,
  HOLDING,
  INSPECTING,
  INSTALLING,
  KILLING,
  LOADING,
  OTHER,
  PACKING,
  PICKING,
  RECEIVING,
  REMOVING,
  REPACKAGING,
  REPAIRING,
  REPLACING,
  RESERVING,
  RETAIL_SELLING,
  SAMPLING,
  SENSOR_REPORTING,
  SHIPPING,
  STAGING_OUTBOUND,
  STOCK_TAKING,
  STOCKING,
  STORING,
  TRANSPORTING,
  UNLOADING,
  UNPACKING,
  VOID_SHIPPING;

  private static final BizStep[] VALUES = values();

  /** The ABI code (1-based). */
  public int code() {
    return ordinal() + 1;
  }

  /** The CBV URN, e.g. {@code urn:epcglobal:cbv:bizstep:commissioning}. */
  public String urn() {
    return "urn:epcglobal:cbv:bizstep:" + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The step with ABI code {@code code}, if it is one. */
  public static Optional<BizStep> fromCode(int code) {
    return code >= 1 && code <= VALUES.length ? Optional.of(VALUES[code - 1]) : Optional.empty();
  }

  /**
   * Steps that move custody and so have their own functions ({@code shipLots}, {@code receiveLots},
   * and {@code void_shipping} only through {@code recordObjectEvent} on lots in transit).
   */
  boolean movesCustody() {
    return switch (this) {
      case SHIPPING, RECEIVING, VOID_SHIPPING -> true;
      case ACCEPTING,
          ARRIVING,
          ASSEMBLING,
          COLLECTING,
          COMMISSIONING,
          CONSIGNING,
          CREATING_CLASS_INSTANCE,
          CYCLE_COUNTING,
          DECOMMISSIONING,
          DEPARTING,
          DESTROYING,
          DISASSEMBLING,
          DISPENSING,
          ENCODING,
          ENTERING_EXITING,
          HOLDING,
          INSPECTING,
          INSTALLING,
          KILLING,
          LOADING,
          OTHER,
          PACKING,
          PICKING,
          REMOVING,
          REPACKAGING,
          REPAIRING,
          REPLACING,
          RESERVING,
          RETAIL_SELLING,
          SAMPLING,
          SENSOR_REPORTING,
          STAGING_OUTBOUND,
          STOCK_TAKING,
          STOCKING,
          STORING,
          TRANSPORTING,
          UNLOADING,
          UNPACKING ->
          false;
    };
  }
}
