package io.coterie.chaincode.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.Selector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A published ABI JSON file ({@code /abi/Xxx.json} on the class path) in the shapes a dispatch
 * table and the error/event constants can be compared with.
 */
public final class AbiJsonContract {
  private final JsonNode abi;

  private AbiJsonContract(JsonNode abi) {
    this.abi = abi;
  }

  /** Reads {@code resource}, e.g. {@code /abi/LoyaltyToken.json}. */
  public static AbiJsonContract load(String resource) {
    try (InputStream in = AbiJsonContract.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return new AbiJsonContract(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Functions by selector as {@code "signature mutability"}. */
  public SortedMap<Selector, String> functions() {
    SortedMap<Selector, String> out = new TreeMap<>();
    entries("function")
        .forEach(
            f ->
                out.put(
                    Selector.of(signature(f)),
                    signature(f) + " " + f.get("stateMutability").asText()));
    return out;
  }

  /** The functions of {@code table} in the same shape as {@link #functions()}. */
  public static SortedMap<Selector, String> functions(DispatchTable table) {
    SortedMap<Selector, String> out = new TreeMap<>();
    for (DispatchTable.Entry e : table.entries().values()) {
      out.put(e.selector(), e.signature() + " " + e.mutability().abiName());
    }
    return out;
  }

  /** Canonical signatures of the errors. */
  public SortedSet<String> errors() {
    return entries("error")
        .map(AbiJsonContract::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Canonical signatures of the events. */
  public SortedSet<String> events() {
    return entries("event")
        .map(AbiJsonContract::signature)
        .collect(Collectors.toCollection(TreeSet::new));
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
