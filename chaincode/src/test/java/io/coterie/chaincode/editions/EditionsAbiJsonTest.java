package io.coterie.chaincode.editions;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class EditionsAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("Editions");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new EditionsPrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(EditionsErrors.ALL);
    assertThat(EditionsErrors.ALL)
        .containsAll(
            AbiJsonConsistency.constants(
                EditionsErrors.class, io.coterie.chaincode.abi.SolidityError.class));
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmitsWithErc1155Indexing() {
    abi.assertEventsAre(EditionsEvents.ALL);
    assertThat(abi.indexedInputs("TransferSingle"))
        .containsExactly("address", "address", "address");
    assertThat(abi.indexedInputs("TransferBatch")).containsExactly("address", "address", "address");
    assertThat(abi.indexedInputs("URI")).containsExactly("uint256");
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndError() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/IEditions.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(decl -> assertThat(sol).as("IEditions.sol declares %s", decl).contains(decl));
  }
}
