package io.coterie.node.rpc.member;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.json.InvalidParamsException;
import java.math.BigInteger;

/** The named fields of a member request object, each refused with its name and what to send. */
final class MemberParams {
  private final JsonNode object;

  MemberParams(JsonNode object) {
    this.object = object;
  }

  MemberParams object(String name) {
    JsonNode value = object.get(name);
    if (value == null || !value.isObject()) {
      throw new InvalidParamsException(name + " is missing; send it as an object");
    }
    return new MemberParams(value);
  }

  String text(String name) {
    JsonNode value = object.get(name);
    if (value == null || !value.isTextual()) {
      throw new InvalidParamsException(name + " is missing; send it as a string");
    }
    return value.asText();
  }

  byte[] data(String name) {
    return Data.decode(text(name));
  }

  byte[] data(String name, int length) {
    byte[] bytes = data(name);
    if (bytes.length != length) {
      throw new InvalidParamsException(
          name + " has " + bytes.length + " bytes; send " + length + " bytes as 0x-prefixed hex");
    }
    return bytes;
  }

  String address(String name) {
    return "0x" + io.coterie.node.types.Bytes.toHex(data(name, 20)).substring(2);
  }

  /** A uint256 as 0x-prefixed hex; leading zeros are fine (signatures often have them). */
  BigInteger quantity(String name) {
    String text = text(name);
    String digits = text.startsWith("0x") ? text.substring(2) : "";
    if (digits.isEmpty() || digits.length() > 64 || !digits.matches("[0-9a-fA-F]+")) {
      throw new InvalidParamsException(
          name + " '" + text + "' is not a number; send up to 64 hex digits after 0x");
    }
    return new BigInteger(digits, 16);
  }

  BigInteger optionalQuantity(String name) {
    return object.has(name) ? quantity(name) : BigInteger.ZERO;
  }
}
