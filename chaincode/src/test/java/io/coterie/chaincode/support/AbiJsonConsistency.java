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
import java.util.Collection;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Compares a published ABI JSON file with a precompile's dispatch table, errors and events. */
public final class AbiJsonConsistency {
  private final String resource;
  private final JsonNode abi;

  private AbiJsonConsistency(String resource, JsonNode abi) {
    this.resource = resource;
    this.abi = abi;
  }

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

  /** Names of the indexed inputs of event {@code name}, in order. */
  public java.util.List<String> indexedInputs(String name) {
    return entries("event")
        .filter(e -> e.get("name").asText().equals(name))
        .flatMap(e -> StreamSupport.stream(e.get("inputs").spliterator(), false))
        .filter(i -> i.get("indexed").asBoolean())
        .map(i -> i.get("type").asText())
        .toList();
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
