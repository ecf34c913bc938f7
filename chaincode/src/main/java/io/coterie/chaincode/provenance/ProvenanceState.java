package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes provenance records at {@link ProvenanceLayout} slots. */
final class ProvenanceState {
  private final AccountSlots slots;

  ProvenanceState(AccountSlots slots) {
    this.slots = slots;
  }

  // ---- lots

  Optional<Lot> lot(Word lotId) {
    Packed.Reader header =
        new Packed.Reader(
            slots.load(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_HEADER)));
    ChainAddress creator = header.address();
    Optional<LotKind> kind = LotKind.fromCode((int) header.uint(8));
    Optional<LotStatus> status = LotStatus.fromCode((int) header.uint(8));
    if (kind.isEmpty() || status.isEmpty()) {
      return Optional.empty();
    }
    boolean recalled = header.bool();
    long createdAt = header.uint(64);
    return Optional.of(
        new Lot(
            lotId,
            kind.get(),
            status.get(),
            creator,
            createdAt,
            slots
                .load(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_CUSTODIAN))
                .toAddress(),
            slots
                .load(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_IN_TRANSIT_TO))
                .toAddress(),
            recalled,
            slots.load(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_RECALL_ORIGIN)),
            slots.load(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_CONTAINER))));
  }

  /** One read: whether the lot exists. */
  boolean exists(Word lotId) {
    return !slots.load(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_HEADER)).isZero();
  }

  /** One read: the recall flag. */
  boolean isRecalled(Word lotId) {
    Packed.Reader header =
        new Packed.Reader(
            slots.load(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_HEADER)));
    header.address();
    header.uint(16);
    return header.bool();
  }

  void createLot(
      Word lotId,
      LotKind kind,
      ChainAddress creator,
      long createdAt,
      String gs1Key,
      String lotNumber) {
    writeHeader(lotId, kind, LotStatus.ACTIVE, creator, false, createdAt);
    slots.store(ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_CUSTODIAN), Word.of(creator));
    StringStorage.writeNew(
        slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_GS1_KEY), gs1Key);
    StringStorage.writeNew(
        slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_NUMBER), lotNumber);
  }

  void setStatus(Lot lot, LotStatus status) {
    writeHeader(lot.lotId(), lot.kind(), status, lot.creator(), lot.recalled(), lot.createdAt());
  }

  void markRecalled(Lot lot, Word origin) {
    writeHeader(lot.lotId(), lot.kind(), lot.status(), lot.creator(), true, lot.createdAt());
    slots.store(ProvenanceLayout.lotField(lot.lotId(), ProvenanceLayout.LOT_RECALL_ORIGIN), origin);
  }

  void setCustodian(Word lotId, ChainAddress custodian) {
    slots.store(
        ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_CUSTODIAN), Word.of(custodian));
  }

  void setInTransitTo(Word lotId, ChainAddress receiver) {
    slots.store(
        ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_IN_TRANSIT_TO), Word.of(receiver));
  }

  String gs1Key(Word lotId) {
    return StringStorage.read(
        slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_GS1_KEY));
  }

  String lotNumber(Word lotId) {
    return StringStorage.read(slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_NUMBER));
  }

  List<Long> lotEventIds(Word lotId) {
    return StoredValues.loadArray(
            slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_EVENT_IDS))
        .stream()
        .map(w -> w.toBigInteger().longValueExact())
        .toList();
  }

  void appendLotEvent(Word lotId, long eventId) {
    StoredValues.push(
        slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_EVENT_IDS), Word.of(eventId));
  }

  List<Word> sources(Word lotId) {
    return StoredValues.loadArray(
        slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_SOURCES));
  }

  List<Word> derived(Word lotId) {
    return StoredValues.loadArray(
        slots, ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_DERIVED));
  }

  /** Records the lineage edge {@code source → target} once. */
  void link(Word source, Word target) {
    Word flag = ProvenanceLayout.isDerived(source, target);
    if (!slots.load(flag).isZero()) {
      return;
    }
    slots.store(flag, Word.of(true));
    StoredValues.push(
        slots, ProvenanceLayout.lotField(source, ProvenanceLayout.LOT_DERIVED), target);
    StoredValues.push(
        slots, ProvenanceLayout.lotField(target, ProvenanceLayout.LOT_SOURCES), source);
  }

  // ---- container contents (an EnumerableSet of child ids)

  List<Word> contents(Word containerId) {
    return StoredValues.loadArray(
        slots, ProvenanceLayout.lotField(containerId, ProvenanceLayout.LOT_CONTENTS));
  }

  long contentCount(Word containerId) {
    return StoredValues.length(
        slots, ProvenanceLayout.lotField(containerId, ProvenanceLayout.LOT_CONTENTS));
  }

  void addContent(Word containerId, Word childId) {
    Word array = ProvenanceLayout.lotField(containerId, ProvenanceLayout.LOT_CONTENTS);
    StoredValues.push(slots, array, childId);
    slots.store(
        ProvenanceLayout.contentPosition(containerId, childId),
        Word.of(StoredValues.length(slots, array)));
    slots.store(ProvenanceLayout.lotField(childId, ProvenanceLayout.LOT_CONTAINER), containerId);
  }

  void removeContent(Word containerId, Word childId) {
    Word array = ProvenanceLayout.lotField(containerId, ProvenanceLayout.LOT_CONTENTS);
    Word positionSlot = ProvenanceLayout.contentPosition(containerId, childId);
    long position = slots.load(positionSlot).toBigInteger().longValueExact();
    long last = StoredValues.length(slots, array) - 1;
    if (position - 1 != last) {
      Word moved = slots.load(io.coterie.chaincode.abi.StorageSlots.arrayElement(array, last));
      slots.store(io.coterie.chaincode.abi.StorageSlots.arrayElement(array, position - 1), moved);
      slots.store(ProvenanceLayout.contentPosition(containerId, moved), Word.of(position));
    }
    slots.store(io.coterie.chaincode.abi.StorageSlots.arrayElement(array, last), Word.ZERO);
    slots.store(array, Word.of(last));
    slots.store(positionSlot, Word.ZERO);
    slots.store(ProvenanceLayout.lotField(childId, ProvenanceLayout.LOT_CONTAINER), Word.ZERO);
  }

  // ---- events

  long eventCount() {
    return slots.load(ProvenanceLayout.EVENT_COUNT_SLOT).toBigInteger().longValueExact();
  }

  /** Stores {@code event} under the next id, which must be {@code event.eventId()}. */
  void appendEvent(EpcisEvent event) {
    long id = event.eventId();
    EventContext c = event.context();
    slots.store(ProvenanceLayout.EVENT_COUNT_SLOT, Word.of(id));
    slots.store(
        ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_HEADER),
        new Packed.Writer()
            .address(event.recorder())
            .uint(event.type().code(), 8)
            .uint(event.actionCode(), 8)
            .uint(c.bizStep().code(), 8)
            .uint(c.dispositionCode(), 8)
            .uint(c.eventTime(), 64)
            .build());
    slots.store(
        ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_TIMES),
        new Packed.Writer()
            .uint(event.recordTime(), 64)
            .uint(event.blockNumber(), 64)
            .uint(c.readPointGln(), 64)
            .uint(c.bizLocationGln(), 64)
            .build());
    slots.store(
        ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_PARTY_SENSOR),
        new Packed.Writer()
            .address(event.counterparty())
            .bool(c.hasSensor())
            .int32(c.minTempCentiC())
            .int32(c.maxTempCentiC())
            .build());
    slots.store(
        ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_DOCUMENT_HASH), c.documentHash());
    StringStorage.writeNew(
        slots,
        ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_DOCUMENT_URI),
        c.documentUri());
    slots.store(ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_PARENT), event.parentId());
    StoredValues.storeNewArray(
        slots, ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_LOTS), event.lots());
    StoredValues.storeNewArray(
        slots, ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_OUTPUTS), event.outputs());
  }

  Optional<EpcisEvent> event(long id) {
    if (id < 1 || id > eventCount()) {
      return Optional.empty();
    }
    Packed.Reader h =
        new Packed.Reader(
            slots.load(ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_HEADER)));
    ChainAddress recorder = h.address();
    EpcisEventType type = EpcisEventType.fromCode((int) h.uint(8)).orElseThrow();
    int action = (int) h.uint(8);
    BizStep bizStep = BizStep.fromCode((int) h.uint(8)).orElseThrow();
    int disposition = (int) h.uint(8);
    long eventTime = h.uint(64);
    Packed.Reader t =
        new Packed.Reader(
            slots.load(ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_TIMES)));
    long recordTime = t.uint(64);
    long blockNumber = t.uint(64);
    long readPoint = t.uint(64);
    long bizLocation = t.uint(64);
    Packed.Reader p =
        new Packed.Reader(
            slots.load(ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_PARTY_SENSOR)));
    ChainAddress counterparty = p.address();
    boolean hasSensor = p.bool();
    int min = p.int32();
    int max = p.int32();
    EventContext context =
        new EventContext(
            bizStep,
            disposition,
            eventTime,
            readPoint,
            bizLocation,
            hasSensor,
            min,
            max,
            slots.load(ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_DOCUMENT_HASH)),
            StringStorage.read(
                slots, ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_DOCUMENT_URI)));
    return Optional.of(
        new EpcisEvent(
            id,
            type,
            action,
            recorder,
            recordTime,
            blockNumber,
            counterparty,
            slots.load(ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_PARENT)),
            StoredValues.loadArray(
                slots, ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_LOTS)),
            StoredValues.loadArray(
                slots, ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_OUTPUTS)),
            context));
  }

  /** One read: the recorder of an existing event. */
  ChainAddress eventRecorder(long id) {
    return new Packed.Reader(
            slots.load(ProvenanceLayout.eventField(id, ProvenanceLayout.EVENT_HEADER)))
        .address();
  }

  // ---- error declarations and attestations

  Optional<ErrorDeclaration> errorDeclaration(long eventId) {
    Word base = ProvenanceLayout.errorDeclaration(eventId);
    Packed.Reader r = new Packed.Reader(slots.load(base));
    ChainAddress declarer = r.address();
    Optional<ErrorReason> reason = ErrorReason.fromCode((int) r.uint(8));
    if (reason.isEmpty()) {
      return Optional.empty();
    }
    long time = r.uint(64);
    List<Long> corrective =
        StoredValues.loadArray(slots, base.plus(1)).stream()
            .map(w -> w.toBigInteger().longValueExact())
            .toList();
    return Optional.of(new ErrorDeclaration(eventId, declarer, reason.get(), time, corrective));
  }

  boolean isDeclaredErroneous(long eventId) {
    return !slots.load(ProvenanceLayout.errorDeclaration(eventId)).isZero();
  }

  void putErrorDeclaration(ErrorDeclaration d) {
    Word base = ProvenanceLayout.errorDeclaration(d.eventId());
    slots.store(
        base,
        new Packed.Writer()
            .address(d.declarer())
            .uint(d.reason().code(), 8)
            .uint(d.declarationTime(), 64)
            .build());
    StoredValues.storeNewArray(
        slots, base.plus(1), d.correctiveEventIds().stream().map(Word::of).toList());
  }

  List<Attestation> attestations(long eventId) {
    long count = StoredValues.length(slots, ProvenanceLayout.attestations(eventId));
    List<Attestation> out = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      Word element = ProvenanceLayout.attestation(eventId, i);
      Packed.Reader r = new Packed.Reader(slots.load(element));
      ChainAddress auditor = r.address();
      long time = r.uint(64);
      out.add(new Attestation(eventId, auditor, time, slots.load(element.plus(1))));
    }
    return out;
  }

  void addAttestation(Attestation a) {
    Word length = ProvenanceLayout.attestations(a.eventId());
    long count = StoredValues.length(slots, length);
    Word element = ProvenanceLayout.attestation(a.eventId(), count);
    slots.store(element, new Packed.Writer().address(a.auditor()).uint(a.time(), 64).build());
    slots.store(element.plus(1), a.statementHash());
    slots.store(length, Word.of(count + 1));
  }

  private void writeHeader(
      Word lotId,
      LotKind kind,
      LotStatus status,
      ChainAddress creator,
      boolean recalled,
      long createdAt) {
    slots.store(
        ProvenanceLayout.lotField(lotId, ProvenanceLayout.LOT_HEADER),
        new Packed.Writer()
            .address(creator)
            .uint(kind.code(), 8)
            .uint(status.code(), 8)
            .bool(recalled)
            .uint(createdAt, 64)
            .build());
  }
}
