package io.coterie.chaincode.farmshare;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class FarmSharesAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("FarmShares");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new FarmSharePrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(FarmShareErrors.ALL);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    abi.assertEventsAre(FarmShareEvents.ALL);
    assertThat(abi.indexedInputs("DeliveryRecorded"))
        .containsExactly("uint256", "uint256", "bytes32");
    assertThat(abi.indexedInputs("SharesSubscribed")).containsExactly("uint256", "address");
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndError() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/IFarmShares.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(decl -> assertThat(sol).as("IFarmShares.sol declares %s", decl).contains(decl));
    assertThat(sol).doesNotContain("GAS_");
  }
}
