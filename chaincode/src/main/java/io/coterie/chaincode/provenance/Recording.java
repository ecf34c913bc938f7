package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.roles.RolesErrors;
import io.coterie.chaincode.roles.RolesLayout;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** What every writing call shares: metered state, role checks, custody checks, event records. */
final class Recording {
  final CallContext ctx;
  final MeteredState metered;
  final ProvenanceState state;

  Recording(CallContext ctx) {
    this.ctx = ctx;
    this.metered = MeteredState.of(ctx, ProvenanceLayout.ADDRESS);
    this.state = new ProvenanceState(AccountSlots.metered(metered));
  }

  ChainAddress caller() {
    return ctx.sender();
  }

  /** Whether the caller holds {@code role}, read (and charged) from the Roles account. */
  boolean callerHolds(Word role) {
    return !MeteredState.of(ctx, StandardRoles.ROLES_ADDRESS)
        .load(RolesLayout.hasRole(role, caller()))
        .isZero();
  }

  Optional<CallResult> requireRole(Word role) {
    if (callerHolds(role)) {
      return Optional.empty();
    }
    return Optional.of(RolesErrors.UNAUTHORIZED_ACCOUNT.revert(address(caller()), bytes32(role)));
  }

  Checked<Lot> existing(Word lotId) {
    return state
        .lot(lotId)
        .<Checked<Lot>>map(Checked::ok)
        .orElseGet(() -> Checked.failed(ProvenanceErrors.UNKNOWN_LOT.revert(bytes32(lotId))));
  }

  /** An active lot that the caller holds and that is not on its way to someone. */
  Checked<Lot> held(Word lotId) {
    Checked<Lot> checked = existing(lotId);
    if (checked instanceof Checked.Failed<Lot>) {
      return checked;
    }
    Lot lot = ((Checked.Ok<Lot>) checked).value();
    if (lot.status() != LotStatus.ACTIVE) {
      return Checked.failed(ProvenanceErrors.LOT_NOT_ACTIVE.revert(bytes32(lotId)));
    }
    if (!lot.custodian().equals(caller())) {
      return Checked.failed(
          ProvenanceErrors.NOT_CUSTODIAN.revert(
              bytes32(lotId), address(caller()), address(lot.custodian())));
    }
    if (lot.inTransit()) {
      return Checked.failed(
          ProvenanceErrors.LOT_IN_TRANSIT.revert(bytes32(lotId), address(lot.inTransitTo())));
    }
    return checked;
  }

  /** {@link #held} for each id, in order; the first failure wins. */
  Checked<List<Lot>> allHeld(List<Word> lotIds) {
    List<Lot> lots = new ArrayList<>();
    for (Word id : lotIds) {
      Checked<Lot> lot = held(id);
      if (lot instanceof Checked.Failed<Lot> f) {
        return Checked.failed(f.revert());
      }
      lots.add(((Checked.Ok<Lot>) lot).value());
    }
    return Checked.ok(lots);
  }

  /**
   * Stores a new event and appends it to the history of the parent (if any), the lots and the
   * outputs, emitting {@code EpcisEventRecorded} for each; returns its id.
   */
  long record(
      EpcisEventType type,
      int actionCode,
      ChainAddress counterparty,
      Word parentId,
      List<Word> lots,
      List<Word> outputs,
      EventContext context) {
    long id = state.eventCount() + 1;
    state.appendEvent(
        new EpcisEvent(
            id,
            type,
            actionCode,
            caller(),
            ctx.block().timestampSeconds(),
            ctx.block().number(),
            counterparty,
            parentId,
            lots,
            outputs,
            context));
    List<Word> named = new ArrayList<>();
    if (!parentId.isZero()) {
      named.add(parentId);
    }
    named.addAll(lots);
    named.addAll(outputs);
    for (Word lotId : named) {
      state.appendLotEvent(lotId, id);
      metered.emit(
          ProvenanceEvents.EPCIS_EVENT_RECORDED.topics(Word.of(id), lotId, Word.of(type.code())),
          ProvenanceEvents.EPCIS_EVENT_RECORDED.data(
              new Uint8(actionCode),
              new Uint8(context.bizStep().code()),
              new Uint8(context.dispositionCode()),
              new Uint64(context.eventTime()),
              address(caller())));
    }
    return id;
  }

  static <T> T value(Checked<T> checked) {
    return ((Checked.Ok<T>) checked).value();
  }
}
