package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;

/** Typed param access for the {@code eth} methods: addresses, hashes and storage slots. */
final class EthParams {
  private EthParams() {}

  static Address address(RpcParams params, int index, String name) {
    return Address.wrap(params.requiredData(index, name, Address.SIZE));
  }

  static Hash hash(RpcParams params, int index, String name) {
    return Hash.wrap(params.requiredData(index, name, Hash.SIZE));
  }

  /**
   * A storage slot as geth takes it: 0x-prefixed hex of at most 32 bytes, leading zeros optional
   * ({@code "0x0"}, {@code "0x00"} and the full 32-byte form name the same slot).
   */
  static Hash slot(String text) {
    String expected = "expected a storage slot as 0x-prefixed hex of at most 32 bytes, such as 0x0";
    if (text == null || !(text.startsWith("0x") || text.startsWith("0X"))) {
      throw new InvalidParamsException(expected + ", got '" + text + "'");
    }
    String digits = text.substring(2);
    if (digits.isEmpty() || digits.length() > 64) {
      throw new InvalidParamsException(expected + ", got '" + shorten(text) + "'");
    }
    String padded = "0".repeat(64 - digits.length()) + digits;
    try {
      return Hash.wrap(Data.decode("0x" + padded, Hash.SIZE));
    } catch (InvalidParamsException e) {
      throw new InvalidParamsException(expected + ", got '" + shorten(text) + "'");
    }
  }

  static Hash slot(RpcParams params, int index, String name) {
    String text = params.requiredString(index, name);
    try {
      return slot(text);
    } catch (InvalidParamsException e) {
      throw e.forParam(index, name);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
