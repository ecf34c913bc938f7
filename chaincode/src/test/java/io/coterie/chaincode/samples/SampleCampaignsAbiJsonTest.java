package io.coterie.chaincode.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.AbiJsonConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published ABI JSON, the Java dispatch table, errors and events never drift apart. */
class SampleCampaignsAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("SampleCampaigns");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(
        new SampleCampaignsPrecompile(
                new io.coterie.chaincode.roles.RolesReader(),
                new io.coterie.chaincode.membership.CardsReader(),
                new io.coterie.chaincode.consent.ConsentReader())
            .dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    abi.assertErrorsAre(SampleCampaignsErrors.ALL);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmits() {
    abi.assertEventsAre(SampleCampaignsEvents.ALL);
  }

  @Test
  void solidityInterfaceDeclaresEveryFunctionEventAndErrorWithMeasuredGas() throws IOException {
    String sol = Files.readString(Path.of("src/main/solidity/ISampleCampaigns.sol"));
    Stream.of("function", "event", "error")
        .flatMap(type -> abi.names(type).stream().map(name -> type + " " + name + "("))
        .forEach(
            decl -> assertThat(sol).as("ISampleCampaigns.sol declares %s", decl).contains(decl));
    assertThat(sol).doesNotContain("GAS_");
  }
}
