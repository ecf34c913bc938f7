package io.coterie.chaincode.noderules;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.support.AbiJsonConsistency;
import io.coterie.chaincode.support.AbiJsonConsistency.EventInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published ABI JSON and the Java dispatch table can never drift apart. */
class NodeRulesAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("NodeRules");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new NodeRulesPrecompile().dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileReverts() {
    List<SolidityError> errors =
        new ArrayList<>(AbiJsonConsistency.constants(NodeRulesErrors.class, SolidityError.class));
    errors.addAll(StandardErrors.ALL);

    abi.assertErrorsAre(errors);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmitsAllIndexed() {
    abi.assertEventsAre(List.of(NodeRulesEvents.NODE_ADDED, NodeRulesEvents.NODE_REMOVED));
    assertThat(abi.eventInputs()).allMatch(EventInput::indexed, "indexed");
  }
}
