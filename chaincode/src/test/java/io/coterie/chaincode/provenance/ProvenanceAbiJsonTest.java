package io.coterie.chaincode.provenance;

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
import java.util.Arrays;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class ProvenanceAbiJsonTest {
  private final JsonNode abi = readAbi();

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    SortedMap<Selector, String> fromJson = new TreeMap<>();
    entries("function")
        .forEach(
            f ->
                fromJson.put(
                    Selector.of(signature(f)),
                    signature(f) + " " + f.get("stateMutability").asText()));
    SortedMap<Selector, String> fromJava = new TreeMap<>();
    for (DispatchTable.Entry e : new ProvenancePrecompile().dispatchTable().entries().values()) {
      fromJava.put(e.selector(), e.signature() + " " + e.mutability().abiName());
    }

    assertThat(fromJava).isEqualTo(fromJson);
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    SortedSet<String> fromJson =
        entries("error").map(ProvenanceAbiJsonTest::signature).collect(toSortedSet());
    SortedSet<String> fromJava =
        ProvenanceErrors.ALL.stream().map(SolidityError::signature).collect(toSortedSet());

    assertThat(fromJson).isEqualTo(fromJava);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    SortedSet<String> fromJson =
        entries("event").map(ProvenanceAbiJsonTest::signature).collect(toSortedSet());
    SortedSet<String> fromJava =
        ProvenanceEvents.ALL.stream().map(SolidityEvent::signature).collect(toSortedSet());

    assertThat(fromJson).isEqualTo(fromJava);
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndError() throws IOException {
    String sol =
        java.nio.file.Files.readString(java.nio.file.Path.of("src/main/solidity/IProvenance.sol"));
    Stream.of("function", "event", "error")
        .flatMap(this::entries)
        .map(e -> e.get("type").asText() + " " + e.get("name").asText() + "(")
        .forEach(decl -> assertThat(sol).as("IProvenance.sol declares %s", decl).contains(decl));
  }

  @Test
  void cbvVocabularyIsExactlyCbv2() {
    assertThat(BizStep.values()).hasSize(41);
    assertThat(Disposition.values()).hasSize(33);
    assertThat(BizStep.COMMISSIONING.urn()).isEqualTo("urn:epcglobal:cbv:bizstep:commissioning");
    assertThat(Disposition.IN_TRANSIT.urn()).isEqualTo("urn:epcglobal:cbv:disp:in_transit");
    assertThat(Arrays.stream(BizStep.values()).map(BizStep::code))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 41).boxed().toList());
  }

  private Stream<JsonNode> entries(String type) {
    return StreamSupport.stream(abi.spliterator(), false)
        .filter(n -> n.get("type").asText().equals(type));
  }

  private static java.util.stream.Collector<String, ?, TreeSet<String>> toSortedSet() {
    return Collectors.toCollection(TreeSet::new);
  }

  private static String signature(JsonNode entry) {
    String types =
        StreamSupport.stream(entry.get("inputs").spliterator(), false)
            .map(i -> i.get("type").asText())
            .collect(Collectors.joining(","));
    return entry.get("name").asText() + "(" + types + ")";
  }

  private static JsonNode readAbi() {
    try (InputStream in = ProvenanceAbiJsonTest.class.getResourceAsStream("/abi/Provenance.json")) {
      assertThat(in).as("abi/Provenance.json on the class path").isNotNull();
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
