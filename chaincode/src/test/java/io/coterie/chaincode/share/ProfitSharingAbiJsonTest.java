package io.coterie.chaincode.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.dao.VotingPowerSources;
import io.coterie.chaincode.loyalty.LoyaltyReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class ProfitSharingAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("ProfitSharing");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    ProfitSharingPrecompile precompile =
        new ProfitSharingPrecompile(
            new RolesReader(), new LoyaltyReader(), new VotingPowerSources());
    abi.assertFunctionsMatch(precompile.dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(ProfitSharingErrors.ALL);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    abi.assertEventsAre(
        List.of(
            ProfitSharingEvents.ROUND_OPENED,
            ProfitSharingEvents.SHARE_CLAIMED,
            ProfitSharingEvents.ROUND_RECLAIMED));
    assertThat(abi.indexedInputs("RoundOpened")).containsExactly("uint256", "address", "uint256");
    assertThat(abi.indexedInputs("ShareClaimed")).containsExactly("uint256", "address");
    assertThat(abi.indexedInputs("RoundReclaimed")).containsExactly("uint256", "address");
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndError() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/IProfitSharing.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(decl -> assertThat(sol).as("IProfitSharing.sol declares %s", decl).contains(decl));
    assertThat(sol).doesNotContain("GAS_");
  }
}
