package io.coterie.chaincode.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class ProvenanceAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("Provenance");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new ProvenancePrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(ProvenanceErrors.ALL);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    abi.assertEventsAre(ProvenanceEvents.ALL);
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndError() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/IProvenance.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(decl -> assertThat(sol).as("IProvenance.sol declares %s", decl).contains(decl));
  }

  @Test
  void cbvVocabularyIsExactlyCbv2() {
    assertThat(BizStep.values()).hasSize(41);
    assertThat(Disposition.values()).hasSize(33);
    assertThat(BizStep.COMMISSIONING.urn()).isEqualTo("urn:epcglobal:cbv:bizstep:commissioning");
    assertThat(Disposition.IN_TRANSIT.urn()).isEqualTo("urn:epcglobal:cbv:disp:in_transit");
    assertThat(Arrays.stream(BizStep.values()).map(BizStep::code))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 41).boxed().toList());
  }
}
