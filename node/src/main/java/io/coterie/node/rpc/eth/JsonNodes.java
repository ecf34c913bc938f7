package io.coterie.node.rpc.eth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import java.util.List;

/** Small builders shared by the JSON shapes: hex quantities, lowercase addresses, hash arrays. */
final class JsonNodes {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonNodes() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static String quantity(long value) {
    return Quantity.encode(value);
  }

  static ArrayNode hashes(List<Hash> hashes) {
    ArrayNode out = array();
    hashes.forEach(hash -> out.add(hash.toHex()));
    return out;
  }

  static String address(Address address) {
    return address.toHex();
  }
}
