package io.coterie.node.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.cli.CliException;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bloom;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.function.Function;

/** The header fields of an {@code eth_getBlockByNumber} answer as a {@link BlockHeader}. */
final class HeaderJson {
  private HeaderJson() {}

  static BlockHeader decode(JsonNode block) {
    return new BlockHeader(
        field(block, "parentHash", Hash::fromHex),
        field(block, "sha3Uncles", Hash::fromHex),
        field(block, "miner", Address::fromHex),
        field(block, "stateRoot", Hash::fromHex),
        field(block, "transactionsRoot", Hash::fromHex),
        field(block, "receiptsRoot", Hash::fromHex),
        field(block, "logsBloom", hex -> Bloom.wrap(Bytes.parseHex(hex))),
        field(block, "difficulty", Quantity::decode),
        field(block, "number", Quantity::decodeLong),
        field(block, "gasLimit", Quantity::decodeLong),
        field(block, "gasUsed", Quantity::decodeLong),
        field(block, "timestamp", Quantity::decodeLong),
        field(block, "extraData", Bytes::fromHex),
        field(block, "mixHash", Hash::fromHex),
        field(block, "nonce", Bytes::fromHex),
        field(block, "baseFeePerGas", Quantity::decode));
  }

  static <T> T field(JsonNode block, String name, Function<String, T> parse) {
    JsonNode node = block.get(name);
    if (node == null || !node.isTextual()) {
      throw CliException.failed("the node's answer for the block has no field " + name);
    }
    try {
      return parse.apply(node.textValue());
    } catch (RuntimeException e) {
      throw CliException.failed(
          "the node's block has a bad " + name + " '" + node.textValue() + "': " + e.getMessage());
    }
  }
}
