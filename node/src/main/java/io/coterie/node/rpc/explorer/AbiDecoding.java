package io.coterie.node.rpc.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Log;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Array;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.Type;

/**
 * Decodes a call's arguments and a log's fields against the {@link AbiCatalog} with web3j's ABI
 * codec. What the codec cannot type (tuples) or data that does not decode is shown as raw hex, so a
 * page never fails on a strange transaction.
 */
final class AbiDecoding {
  private AbiDecoding() {}

  /** One decoded parameter: its ABI name, type and value as text. */
  record Field(String name, String type, String value) {}

  /** A decoded call or event: its name and signature, and its fields in order. */
  record Decoded(String name, String signature, List<Field> fields) {}

  /** The call {@code calldata} makes to {@code contract}, when its selector is known. */
  static Optional<Decoded> call(AbiCatalog.Contract contract, Bytes calldata) {
    return AbiCatalog.function(contract, calldata)
        .map(
            entry -> {
              String args = Bytes.toHex(Arrays.copyOfRange(calldata.toArray(), 4, calldata.size()));
              return new Decoded(entry.name(), entry.signature(), decodeAll(entry.inputs(), args));
            });
  }

  /** {@code log} as one of {@code contract}'s events, when its topic0 is known. */
  static Optional<Decoded> event(AbiCatalog.Contract contract, Log log) {
    if (log.topics().isEmpty()) {
      return Optional.empty();
    }
    AbiCatalog.Entry entry = contract.events().get(log.topics().get(0).toHex());
    if (entry == null) {
      return Optional.empty();
    }
    List<JsonNode> unindexed = new ArrayList<>();
    for (JsonNode input : entry.inputs()) {
      if (!input.path("indexed").asBoolean()) {
        unindexed.add(input);
      }
    }
    List<Field> data = decodeAll(unindexed, log.data().toHex());
    List<Field> fields = new ArrayList<>();
    int topic = 1;
    int next = 0;
    for (JsonNode input : entry.inputs()) {
      if (input.path("indexed").asBoolean()) {
        fields.add(indexed(input, topic < log.topics().size() ? log.topics().get(topic) : null));
        topic++;
      } else if (next < data.size()) {
        fields.add(data.get(next++));
      }
    }
    return Optional.of(new Decoded(entry.name(), entry.signature(), fields));
  }

  private static Field indexed(JsonNode input, Hash topic) {
    String type = AbiCatalog.canonical(input);
    String name = input.path("name").asText();
    if (topic == null) {
      return new Field(name, type, "(missing topic)");
    }
    boolean hashed =
        type.equals("string") || type.equals("bytes") || type.contains("[") || type.startsWith("(");
    if (hashed) {
      return new Field(name, type, topic.toHex() + " (keccak of the value)");
    }
    try {
      Type<?> value = FunctionReturnDecoder.decodeIndexedValue(topic.toHex(), reference(type));
      return new Field(name, type, show(value));
    } catch (RuntimeException | ClassNotFoundException e) {
      return new Field(name, type, topic.toHex());
    }
  }

  private static List<Field> decodeAll(List<JsonNode> params, String hex) {
    List<Field> fields = new ArrayList<>();
    try {
      List<TypeReference<Type>> references = new ArrayList<>();
      for (JsonNode param : params) {
        references.add(reference(AbiCatalog.canonical(param)));
      }
      List<Type> values = FunctionReturnDecoder.decode(hex, references);
      if (values.size() == params.size()) {
        for (int i = 0; i < params.size(); i++) {
          fields.add(
              new Field(
                  params.get(i).path("name").asText(),
                  AbiCatalog.canonical(params.get(i)),
                  show(values.get(i))));
        }
        return fields;
      }
    } catch (RuntimeException | ClassNotFoundException e) {
      // shown raw below
    }
    if (!params.isEmpty() || hex.length() > 2) {
      fields.add(new Field("(raw)", AbiCatalog.types(params), hex));
    }
    return fields;
  }

  @SuppressWarnings("unchecked")
  private static TypeReference<Type> reference(String type) throws ClassNotFoundException {
    if (type.startsWith("(")) {
      throw new ClassNotFoundException("tuples are shown raw");
    }
    return (TypeReference<Type>) TypeReference.makeTypeReference(type);
  }

  private static String show(Type<?> value) {
    if (value instanceof Array<?> array) {
      List<String> items = new ArrayList<>();
      for (Type<?> item : array.getValue()) {
        items.add(show(item));
      }
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof BytesType bytes) {
      return Bytes.toHex(bytes.getValue());
    }
    return String.valueOf(value.getValue());
  }
}
