package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.AbiJsonConsistency.constants;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.SolidityEvent;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.roles.RolesErrors;
import io.coterie.chaincode.support.AbiJsonConsistency;
import io.coterie.chaincode.support.AbiJsonConsistency.EventInput;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The published ABI JSON and the Java dispatch table, errors and events can never drift apart. */
class GovernorAbiJsonTest {
  private final AbiJsonConsistency abi = AbiJsonConsistency.load("Governor");

  @Test
  void everyAbiFunctionHasAHandlerAndEveryHandlerIsInTheAbi() {
    abi.assertFunctionsMatch(new GovernorPrecompile(new VotingPowerSources()).dispatchTable());
  }

  @Test
  void abiErrorsAreExactlyTheErrorsThePrecompileDeclares() {
    List<SolidityError> fromJava = constants(GovernorErrors.class, SolidityError.class);
    fromJava.add(RolesErrors.UNAUTHORIZED_ACCOUNT);
    fromJava.addAll(StandardErrors.ALL);

    abi.assertErrorsAre(fromJava);
  }

  @Test
  void abiEventsAreExactlyTheEventsThePrecompileEmitsWithOzIndexing() {
    abi.assertEventsAre(constants(GovernorEvents.class, SolidityEvent.class));
    SortedSet<String> indexed =
        abi.eventInputs().stream()
            .filter(EventInput::indexed)
            .map(i -> i.event() + "." + i.name())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(indexed).containsExactly("VoteCast.voter", "VoteCastWithParams.voter");
  }

  @Test
  void selectorsMatchOpenZeppelin() {
    assertThat(Selector.of("propose(address[],uint256[],bytes[],string)").toHex())
        .isEqualTo("0x7d5e81e2");
    assertThat(Selector.of("execute(address[],uint256[],bytes[],bytes32)").toHex())
        .isEqualTo("0x2656227d");
    assertThat(Selector.of("cancel(address[],uint256[],bytes[],bytes32)").toHex())
        .isEqualTo("0x452115d6");
    assertThat(Selector.of("castVote(uint256,uint8)").toHex()).isEqualTo("0x56781388");
    assertThat(Selector.of("castVoteBySig(uint256,uint8,address,bytes)").toHex())
        .isEqualTo("0x8ff262e3");
    assertThat(
            Selector.of(
                    "castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)")
                .toHex())
        .isEqualTo("0x5b8d0e0d");
    assertThat(Selector.of("getVotes(address,uint256)").toHex()).isEqualTo("0xeb9019d4");
    assertThat(Selector.of("COUNTING_MODE()").toHex()).isEqualTo("0xdd4e2ba5");
    assertThat(Selector.of("clock()").toHex()).isEqualTo("0x91ddadf4");
  }
}
