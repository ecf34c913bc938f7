package io.coterie.chaincode.gtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class GtinRegistryAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("GtinRegistry");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new GtinRegistryPrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(GtinRegistryErrors.ALL);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    abi.assertEventsAre(List.of(GtinRegistryEvents.BINDING_CHANGED));
    assertThat(abi.indexedInputs("GtinBindingChanged"))
        .containsExactly("bytes32", "address", "address");
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndError() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/IGtinRegistry.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(decl -> assertThat(sol).as("IGtinRegistry.sol declares %s", decl).contains(decl));
    assertThat(sol).doesNotContain("GAS_");
  }
}
