package io.coterie.chaincode.works;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class CreatorWorksAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("CreatorWorks");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new CreatorWorksPrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(WorksErrors.ALL);
    assertThat(WorksErrors.ALL)
        .containsAll(
            AbiJsonConsistency.constants(
                WorksErrors.class, io.coterie.chaincode.abi.SolidityError.class));
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmitsWithErc721Indexing() {
    abi.assertEventsAre(WorksEvents.ALL);
    assertThat(abi.indexedInputs("Transfer")).containsExactly("address", "address", "uint256");
    assertThat(abi.indexedInputs("MetadataUpdate")).isEmpty();
    assertThat(abi.indexedInputs("WorkSold")).containsExactly("uint256", "address", "address");
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndError() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/ICreatorWorks.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(decl -> assertThat(sol).as("ICreatorWorks.sol declares %s", decl).contains(decl));
  }
}
