package io.coterie.chaincode.did;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.support.AbiJsonConsistency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published ABI JSON and the Java dispatch table can never drift apart. */
class DidRegistryAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("EthereumDIDRegistry");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new DidRegistryPrecompile().dispatchTable());
  }

  @Test
  void theOnlyCustomErrorsAreTheSharedOnesBecauseRefusalsKeepTheReferenceReasons() {
    abi.assertErrorsAre(StandardErrors.ALL);
  }

  @Test
  void abiEventsAreTheThreeErc1056EventsWithOnlyTheIdentityIndexed() {
    abi.assertEventsAre(
        List.of(
            DidRegistryEvents.OWNER_CHANGED,
            DidRegistryEvents.DELEGATE_CHANGED,
            DidRegistryEvents.ATTRIBUTE_CHANGED));
    for (String event : abi.names("event")) {
      assertThat(abi.indexedInputs(event)).as(event).containsExactly("address");
    }
    assertThat(abi.eventInputs())
        .filteredOn(AbiJsonConsistency.EventInput::indexed)
        .extracting(AbiJsonConsistency.EventInput::name)
        .containsOnly("identity");
  }
}
