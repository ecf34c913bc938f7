package io.coterie.node.rpc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The positional params of one call. Every getter names the param in its error, so a method body
 * only says which param it wants and what type: {@code params.requiredQuantity(0, "blockNumber")}.
 * Absent and JSON {@code null} count as missing, as in geth.
 */
public final class RpcParams {
  private final ArrayNode values;

  public RpcParams(ArrayNode values) {
    this.values = values.deepCopy();
  }

  public static RpcParams empty() {
    return new RpcParams(JsonNodeFactory.instance.arrayNode());
  }

  public static RpcParams of(JsonNode... values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (JsonNode value : values) {
      array.add(value);
    }
    return new RpcParams(array);
  }

  public int size() {
    return values.size();
  }

  /** Rejects calls with more params than the method takes, naming the limit. */
  public RpcParams atMost(int count) {
    if (values.size() > count) {
      throw new InvalidParamsException(
          "too many arguments: got " + values.size() + ", want at most " + count);
    }
    return this;
  }

  public JsonNode required(int index, String name) {
    return optional(index, name)
        .orElseThrow(
            () ->
                new InvalidParamsException(
                    "missing value for required argument " + index + " (" + name + ")"));
  }

  public Optional<JsonNode> optional(int index, String name) {
    JsonNode node = values.get(index);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(node);
  }

  public String requiredString(int index, String name) {
    return text(index, name, required(index, name));
  }

  public Optional<String> optionalString(int index, String name) {
    return optional(index, name).map(node -> text(index, name, node));
  }

  public BigInteger requiredQuantity(int index, String name) {
    return convert(index, name, Quantity::decode, requiredString(index, name));
  }

  public long requiredLong(int index, String name) {
    return convert(index, name, Quantity::decodeLong, requiredString(index, name));
  }

  public Optional<BigInteger> optionalQuantity(int index, String name) {
    return optionalString(index, name).map(text -> convert(index, name, Quantity::decode, text));
  }

  public byte[] requiredData(int index, String name) {
    return convert(index, name, Data::decode, requiredString(index, name));
  }

  /** Hex data of an exact length, such as 20 for an address or 32 for a hash. */
  public byte[] requiredData(int index, String name, int length) {
    return convert(index, name, text -> Data.decode(text, length), requiredString(index, name));
  }

  public boolean requiredBoolean(int index, String name) {
    JsonNode node = required(index, name);
    if (!node.isBoolean()) {
      throw new InvalidParamsException(
          "invalid param "
              + index
              + " ("
              + name
              + "): expected true or false, got "
              + describe(node));
    }
    return node.booleanValue();
  }

  public boolean optionalBoolean(int index, String name, boolean absent) {
    return optional(index, name).isPresent() ? requiredBoolean(index, name) : absent;
  }

  public BlockParameter requiredBlock(int index, String name) {
    return convert(index, name, BlockParameter::parse, required(index, name));
  }

  /** The block param, or {@code absent} (usually {@link BlockParameter#LATEST}) when not given. */
  public BlockParameter optionalBlock(int index, String name, BlockParameter absent) {
    return optional(index, name)
        .map(node -> convert(index, name, BlockParameter::parse, node))
        .orElse(absent);
  }

  public JsonNode requiredObject(int index, String name) {
    JsonNode node = required(index, name);
    if (!node.isObject()) {
      throw new InvalidParamsException(
          "invalid param " + index + " (" + name + "): expected an object, got " + describe(node));
    }
    return node;
  }

  private static String text(int index, String name, JsonNode node) {
    if (!node.isTextual()) {
      throw new InvalidParamsException(
          "invalid param " + index + " (" + name + "): expected a string, got " + describe(node));
    }
    return node.textValue();
  }

  private static <I, T> T convert(int index, String name, Function<I, T> decoder, I input) {
    try {
      return decoder.apply(input);
    } catch (InvalidParamsException e) {
      throw e.forParam(index, name);
    }
  }

  static String describe(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return node.isContainerNode() ? type : type + " " + Quantity.shorten(node.toString());
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
