package io.coterie.node.rpc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A block selector as a param: a quantity, a tag ({@code "latest"}, ...), a 32-byte block hash
 * string (as geth accepts, 66 characters), or an EIP-1898 object ({@code {"blockHash": h,
 * "requireCanonical": b}} or {@code {"blockNumber": n}}). Methods that take only numbers and tags
 * ({@code eth_getBlockByNumber}) refuse {@link ByHash} themselves.
 */
public sealed interface BlockParameter {

  record ByNumber(long number) implements BlockParameter {
    public ByNumber {
      if (number < 0) {
        throw new IllegalArgumentException("a block number is never negative, got " + number);
      }
    }
  }

  record ByTag(BlockTag tag) implements BlockParameter {}

  /** {@code blockHash} is 0x-prefixed lowercase hex of 32 bytes. */
  record ByHash(String blockHash, boolean requireCanonical) implements BlockParameter {
    public ByHash {
      blockHash = Data.encode(Data.decode(blockHash, 32));
    }
  }

  BlockParameter LATEST = new ByTag(BlockTag.LATEST);

  String EXPECTED =
      "expected a block number as hex quantity, one of "
          + BlockTag.allNames()
          + ", a 32-byte block hash, or an EIP-1898 object {\"blockHash\": \"0x..\", \"requireCanonical\": false} or"
          + " {\"blockNumber\": \"0x..\"}";

  static BlockParameter parse(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw new InvalidParamsException(EXPECTED + ", got null");
    }
    if (node.isTextual()) {
      return parseText(node.textValue());
    }
    if (node.isObject()) {
      return parseObject(node);
    }
    throw new InvalidParamsException(
        EXPECTED + ", got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private static BlockParameter parseText(String text) {
    if (text.length() == 66 && (text.startsWith("0x") || text.startsWith("0X"))) {
      return new ByHash(text, false);
    }
    if (text.startsWith("0x") || text.startsWith("0X")) {
      return new ByNumber(Quantity.decodeLong(text));
    }
    return BlockTag.fromJsonName(text)
        .<BlockParameter>map(ByTag::new)
        .orElseThrow(
            () -> new InvalidParamsException(EXPECTED + ", got '" + Quantity.shorten(text) + "'"));
  }

  private static BlockParameter parseObject(JsonNode node) {
    JsonNode hash = node.get("blockHash");
    JsonNode number = node.get("blockNumber");
    if (hash != null && number != null) {
      throw new InvalidParamsException(
          "an EIP-1898 block parameter has either blockHash or blockNumber, not both");
    }
    if (hash != null) {
      if (!hash.isTextual()) {
        throw new InvalidParamsException("blockHash: expected 0x-prefixed hex of 32 bytes");
      }
      JsonNode canonical = node.get("requireCanonical");
      if (canonical != null && !canonical.isBoolean() && !canonical.isNull()) {
        throw new InvalidParamsException("requireCanonical: expected true or false");
      }
      boolean require = canonical != null && canonical.booleanValue();
      try {
        return new ByHash(hash.textValue(), require);
      } catch (InvalidParamsException e) {
        throw new InvalidParamsException("blockHash: " + e.getMessage());
      }
    }
    if (number != null) {
      if (!number.isTextual()) {
        throw new InvalidParamsException("blockNumber: " + Quantity.EXPECTED);
      }
      return new ByNumber(Quantity.decodeLong(number.textValue()));
    }
    throw new InvalidParamsException(EXPECTED + ", got an object without blockHash or blockNumber");
  }
}
