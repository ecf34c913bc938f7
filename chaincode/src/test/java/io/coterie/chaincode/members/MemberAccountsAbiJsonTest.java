package io.coterie.chaincode.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class MemberAccountsAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("MemberAccounts");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new MemberAccountsPrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(MemberAccountsErrors.ALL);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    abi.assertEventsAre(MemberAccountsEvents.ALL);
    assertThat(abi.indexedInputs("Executed")).containsExactly("address", "address", "address");
  }

  @Test
  void solidityInterfacesDeclareEveryFunctionEventAndError() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/IMemberAccounts.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(
            decl -> assertThat(sol).as("IMemberAccounts.sol declares %s", decl).contains(decl));
    assertThat(sol).doesNotContain("GAS_");
    String p256 = Files.readString(Path.of("src/main/solidity/IP256Verify.sol"));
    assertThat(p256)
        .contains("0x0000000000000000000000000000000000000100")
        .contains("6,900")
        .contains("abi.encode(hash, r, s, x, y)");
  }
}
