package io.coterie.node.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.trie.TrieNodeSource;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds a state from an ethereum/tests allocation ({@code alloc}, {@code pre}, {@code postState}).
 */
final class AllocState {
  private AllocState() {}

  static WorldStateOverlay overlay(JsonNode alloc) {
    WorldStateOverlay overlay = new WorldStateOverlay(WorldState.empty(TrieNodeSource.NONE));
    for (Iterator<Map.Entry<String, JsonNode>> it = alloc.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Address address = Address.fromHex(entry.getKey());
      JsonNode fields = entry.getValue();
      JsonNode balance = fields.has("balance") ? fields.get("balance") : fields.get("wei");
      JsonNode code = fields.get("code");
      Account account =
          new Account(
              fields.has("nonce") ? number(fields.get("nonce")).longValueExact() : 0,
              balance == null ? BigInteger.ZERO : number(balance),
              Hash.EMPTY_TRIE,
              code == null ? Hash.EMPTY : Hash.keccak(Bytes.parseHex(code.asText())));
      overlay.putAccount(address, account);
      JsonNode storage = fields.get("storage");
      if (storage != null) {
        for (Iterator<Map.Entry<String, JsonNode>> slots = storage.fields(); slots.hasNext(); ) {
          Map.Entry<String, JsonNode> slot = slots.next();
          overlay.putStorage(
              address, word(slot.getKey()), Bytes.of(word(slot.getValue().asText()).toArray()));
        }
      }
    }
    return overlay;
  }

  static BigInteger number(JsonNode node) {
    String text = node.asText();
    return text.startsWith("0x")
        ? new BigInteger(text.substring(2).isEmpty() ? "0" : text.substring(2), 16)
        : new BigInteger(text);
  }

  static Hash word(String hex) {
    BigInteger value =
        number(
            new com.fasterxml.jackson.databind.node.TextNode(
                hex.startsWith("0x") ? hex : "0x" + hex));
    byte[] word = new byte[32];
    byte[] bytes = value.toByteArray();
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, word, 32 - length, length);
    return Hash.wrap(word);
  }
}
