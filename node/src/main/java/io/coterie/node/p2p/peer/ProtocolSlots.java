package io.coterie.node.p2p.peer;

import io.coterie.node.p2p.protocol.SubProtocol;
import io.coterie.node.p2p.rlpx.BaseMessages;
import io.coterie.node.p2p.rlpx.Capability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Capability negotiation as devp2p does it: for each name both sides share, the highest version
 * both speak; message ids after the base protocol's 16, in capability-name order.
 */
final class ProtocolSlots {
  record Slot(SubProtocol protocol, int offset) {}

  private ProtocolSlots() {}

  static List<Slot> negotiate(List<SubProtocol> local, List<Capability> remote) {
    List<SubProtocol> shared = new ArrayList<>();
    for (SubProtocol protocol : local) {
      Capability cap = protocol.capability();
      if (!remote.contains(cap)) {
        continue;
      }
      shared.removeIf(
          p ->
              p.capability().name().equals(cap.name()) && p.capability().version() < cap.version());
      boolean higherKept =
          shared.stream()
              .anyMatch(
                  p ->
                      p.capability().name().equals(cap.name())
                          && p.capability().version() >= cap.version());
      if (!higherKept) {
        shared.add(protocol);
      }
    }
    shared.sort(Comparator.comparing(p -> p.capability().name()));
    List<Slot> slots = new ArrayList<>();
    int offset = BaseMessages.FIRST_SUBPROTOCOL_ID;
    for (SubProtocol protocol : shared) {
      slots.add(new Slot(protocol, offset));
      offset += protocol.messageCount();
    }
    return List.copyOf(slots);
  }

  static Optional<Slot> byMessageId(List<Slot> slots, int id) {
    for (Slot slot : slots) {
      if (id >= slot.offset() && id < slot.offset() + slot.protocol().messageCount()) {
        return Optional.of(slot);
      }
    }
    return Optional.empty();
  }

  static List<Capability> capabilities(List<Slot> slots) {
    return slots.stream().map(s -> s.protocol().capability()).toList();
  }
}
