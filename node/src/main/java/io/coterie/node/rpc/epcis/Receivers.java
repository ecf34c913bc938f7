package io.coterie.node.rpc.epcis;

import io.coterie.node.types.Address;
import java.util.List;

/**
 * The receiver of a shipment: the one destination of type owning_party or possessing_party, named
 * by its {@code did:ethr} identity ({@code did:ethr:0x…} or {@code did:ethr:<network>:0x…}), since
 * custody on the chain moves to an account.
 */
final class Receivers {
  private static final List<String> PARTY_TYPES =
      List.of(
          "owning_party",
          "possessing_party",
          "urn:epcglobal:cbv:sdt:owning_party",
          "urn:epcglobal:cbv:sdt:possessing_party",
          "https://ref.gs1.org/cbv/SDT-owning_party",
          "https://ref.gs1.org/cbv/SDT-possessing_party");

  private Receivers() {}

  static Address receiver(EventFields event) {
    List<EventFields.Element> destinations = event.array("destinationList");
    if (destinations.size() != 1) {
      throw EpcisRefusal.at(
          event.pointer("destinationList"),
          "a shipping names its receiver: one destinationList entry of type owning_party whose"
              + " destination is the receiver's did:ethr:0x… (it has "
              + destinations.size()
              + ")");
    }
    EventFields destination = destinations.get(0).object();
    destination.allowOnly(List.of("type", "destination"), "a destination");
    String type = destination.requiredText("type");
    if (!PARTY_TYPES.contains(type)) {
      throw EpcisRefusal.at(
          destination.pointer("type"),
          "the receiver is a party: type owning_party or possessing_party, not " + type);
    }
    String did = destination.requiredText("destination");
    String[] parts = did.split(":", -1);
    String hex = parts[parts.length - 1];
    if (!did.startsWith("did:ethr:") || parts.length > 4 || !hex.matches("0x[0-9a-fA-F]{40}")) {
      throw EpcisRefusal.at(
          destination.pointer("destination"),
          "'"
              + did
              + "' is not a did:ethr identity; name the receiver's account as did:ethr:0x{40 hex"
              + " digits}");
    }
    return Address.fromHex(hex);
  }
}
