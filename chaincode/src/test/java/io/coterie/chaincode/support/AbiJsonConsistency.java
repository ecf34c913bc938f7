package io.coterie.chaincode.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.SolidityEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Compares a published ABI JSON file ({@code /abi/<name>.json} on the class path) with a
 * precompile's dispatch table, errors and events.
 */
public final class AbiJsonConsistency {
  private final String resource;
  private final JsonNode abi;

  private AbiJsonConsistency(String resource, JsonNode abi) {
    this.resource = resource;
    this.abi = abi;
  }

  /** One input of an event entry. */
  public record EventInput(String event, String name, String type, boolean indexed) {}

  /** Reads {@code /abi/<name>.json} from the class path. */
  public static AbiJsonConsistency load(String name) {
    String resource = "/abi/" + name + ".json";
    try (InputStream in = AbiJsonConsistency.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the class path").isNotNull();
      return new AbiJsonConsistency(resource, new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every ABI function has a handler with the same mutability, and the other way round. */
  public void assertFunctionsMatch(DispatchTable table) {
    SortedMap<Selector, String> fromJson = new TreeMap<>();
    entries("function")
        .forEach(
            f ->
                fromJson.put(
                    Selector.of(signature(f)),
                    signature(f) + " " + f.get("stateMutability").asText()));
    SortedMap<Selector, String> fromJava = new TreeMap<>();
    for (DispatchTable.Entry e : table.entries().values()) {
      fromJava.put(e.selector(), e.signature() + " " + e.mutability().abiName());
    }
    assertThat(fromJava).as(resource + " functions").isEqualTo(fromJson);
  }

  /** The ABI's errors are exactly {@code errors}. */
  public void assertErrorsAre(Collection<SolidityError> errors) {
    assertThat(signatures("error"))
        .as(resource + " errors")
        .isEqualTo(
            errors.stream()
                .map(SolidityError::signature)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  /** The ABI's events are exactly {@code events}. */
  public void assertEventsAre(Collection<SolidityEvent> events) {
    assertThat(signatures("event"))
        .as(resource + " events")
        .isEqualTo(
            events.stream()
                .map(SolidityEvent::signature)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  /** Canonical signatures of the entries of {@code type} ("function", "event", "error"). */
  public SortedSet<String> signatures(String type) {
    return entries(type)
        .map(AbiJsonConsistency::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Bare names of the entries of {@code type}, in file order. */
  public List<String> names(String type) {
    return entries(type).map(e -> e.get("name").asText()).toList();
  }

  /** Inputs of every event, in file order. */
  public List<EventInput> eventInputs() {
    return entries("event")
        .flatMap(
            e ->
                StreamSupport.stream(e.get("inputs").spliterator(), false)
                    .map(
                        i ->
                            new EventInput(
                                e.get("name").asText(),
                                i.get("name").asText(),
                                i.get("type").asText(),
                                i.get("indexed").asBoolean())))
        .toList();
  }

  /** Types of the indexed inputs of event {@code name}, in order. */
  public List<String> indexedInputs(String name) {
    return eventInputs().stream()
        .filter(i -> i.event().equals(name) && i.indexed())
        .map(EventInput::type)
        .toList();
  }

  /** For each event signature, how many of its inputs are indexed. */
  public SortedMap<String, Long> indexedCounts() {
    SortedMap<String, Long> out = new TreeMap<>();
    entries("event")
        .forEach(
            e ->
                out.put(
                    signature(e),
                    StreamSupport.stream(e.get("inputs").spliterator(), false)
                        .filter(i -> i.get("indexed").asBoolean())
                        .count()));
    return out;
  }

  /**
   * The static fields of {@code holder} whose type is {@code type}, e.g. every {@link
   * SolidityError} an {@code XxxErrors} class declares; the list is mutable.
   */
  public static <T> List<T> constants(Class<?> holder, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Field f : holder.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && type.isAssignableFrom(f.getType())) {
        try {
          out.add(type.cast(f.get(null)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  private Stream<JsonNode> entries(String type) {
    return StreamSupport.stream(abi.spliterator(), false)
        .filter(n -> n.get("type").asText().equals(type));
  }

  private static String signature(JsonNode entry) {
    String types =
        StreamSupport.stream(entry.get("inputs").spliterator(), false)
            .map(i -> i.get("type").asText())
            .collect(Collectors.joining(","));
    return entry.get("name").asText() + "(" + types + ")";
  }
}
