package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One JSON object of a document with its JSON pointer ({@code /epcisBody/eventList/2}), so that
 * every refusal names the field it is about, and a way to refuse any field the chain cannot record
 * ({@link #allowOnly}) instead of dropping it.
 */
final class EventFields {
  private final JsonNode node;
  private final String pointer;

  EventFields(JsonNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  String pointer() {
    return pointer;
  }

  String pointer(String name) {
    return pointer + "/" + name.replace("~", "~0");
  }

  /** The object at {@code relative} (a pointer tail such as {@code readPoint} or {@code a/0}). */
  EventFields child(String relative, JsonNode child) {
    String path = pointer + "/" + relative;
    if (!child.isObject()) {
      throw EpcisRefusal.at(path, "must be a JSON object");
    }
    return new EventFields(child, path);
  }

  Optional<JsonNode> node(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  Optional<String> text(String name) {
    Optional<JsonNode> value = node(name);
    if (value.isPresent() && !value.get().isTextual()) {
      throw EpcisRefusal.at(pointer(name), "must be a string");
    }
    return value.map(JsonNode::asText);
  }

  String requiredText(String name) {
    return text(name).orElseThrow(() -> EpcisRefusal.at(pointer(name), name + " is required here"));
  }

  /** The elements of array {@code name}, each with its pointer; empty when absent. */
  List<Element> array(String name) {
    Optional<JsonNode> value = node(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw EpcisRefusal.at(pointer(name), "must be an array");
    }
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < value.get().size(); i++) {
      out.add(new Element(value.get().get(i), pointer(name) + "/" + i));
    }
    return out;
  }

  /** An array element and its pointer. */
  record Element(JsonNode value, String pointer) {
    String text() {
      if (!value.isTextual()) {
        throw EpcisRefusal.at(pointer, "must be a string");
      }
      return value.asText();
    }

    EventFields object() {
      if (!value.isObject()) {
        throw EpcisRefusal.at(pointer, "must be a JSON object");
      }
      return new EventFields(value, pointer);
    }
  }

  /** The GLN of a location field ({@code {"id": …}}), if present. */
  Optional<String> locationId(String name) {
    Optional<JsonNode> value = node(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    EventFields location = child(name, value.get());
    location.allowOnly(List.of("id"), "a location");
    return Optional.of(EpcIdentifiers.gln(location.requiredText("id"), location.pointer("id")));
  }

  /** Refuses the first field not in {@code names}: the chain has nowhere to keep it. */
  void allowOnly(List<String> names, String what) {
    Iterator<String> fields = node.fieldNames();
    while (fields.hasNext()) {
      String name = fields.next();
      if (!names.contains(name)) {
        throw EpcisRefusal.at(
            pointer(name),
            "'"
                + name
                + "' cannot be recorded in "
                + what
                + " on this chain, and is not dropped silently; leave it out or keep it off"
                + " chain (recorded here: "
                + String.join(", ", names)
                + ")");
      }
    }
  }
}
