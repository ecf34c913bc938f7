package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.GOVERNOR;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** Garbled calls revert with a specific error and change nothing. */
class GovernorBadInputTest {
  private final GovernorFixture chain = new GovernorFixture();

  private void assertNothingChanged(Outcome outcome) {
    assertThat(outcome.logs()).isEmpty();
    assertThat(chain.host.world().storageOf(GOVERNOR)).isEmpty();
  }

  @Test
  void anUnknownSelectorNamesTheSelector() {
    Outcome outcome = chain.call(ADMIN, Numeric.hexStringToByteArray("0xdeadbeef"));

    assertThat(outcome.result().data())
        .isEqualTo(
            StandardErrors.UNKNOWN_SELECTOR.encode(
                AbiValues.bytes4(Selector.fromHex("0xdeadbeef"))));
    assertNothingChanged(outcome);
  }

  @Test
  void truncatedProposalCalldataIsMalformed() {
    byte[] full = GovernorCalls.propose(GovernorCalls.Proposal.signal("Short"));

    Outcome outcome = chain.call(member(0), Arrays.copyOf(full, full.length - 40));

    assertThat(outcome.result().data()).isEqualTo(StandardErrors.MALFORMED_CALLDATA.encode());
    assertNothingChanged(outcome);
  }

  @Test
  void aSupportWithDirtyHighBitsIsMalformed() {
    BigInteger id = chain.propose(member(0), GovernorCalls.Proposal.signal("Dirty"));
    chain.mine(2);
    byte[] call = GovernorCalls.castVote(id, 1);
    call[4 + 32 + 30] = 1; // support = 0x0101, not a uint8

    Outcome outcome = chain.call(member(1), call);

    assertThat(outcome.result().data()).isEqualTo(StandardErrors.MALFORMED_CALLDATA.encode());
    assertThat(chain.view(GovernorCalls.hasVoted(id, member(1))))
        .isEqualTo(AbiValues.encode(AbiValues.bool(false)));
  }

  @Test
  void aDelayBeyondUint48IsMalformed() {
    byte[] call = GovernorCalls.setVotingDelay(1);
    call[4 + 25] = 1;

    Outcome outcome = chain.call(GOVERNOR, call);

    assertThat(outcome.result().data()).isEqualTo(StandardErrors.MALFORMED_CALLDATA.encode());
  }

  @Test
  void valueSentToAVoteIsRefused() {
    Outcome outcome =
        chain.host.run(
            member(0),
            GOVERNOR,
            GovernorCalls.castVote(BigInteger.ONE, 1),
            BigInteger.TEN,
            false,
            1_000_000);

    assertThat(outcome.result().data())
        .isEqualTo(StandardErrors.NOT_PAYABLE.encode(AbiValues.uint256(10)));
  }

  @Test
  void proposingInAStaticCallIsRefusedUpFront() {
    byte[] call = GovernorCalls.propose(GovernorCalls.Proposal.signal("Static"));

    Outcome outcome = chain.host.staticCall(member(0), GOVERNOR, call);

    assertThat(outcome.result().data())
        .isEqualTo(
            StandardErrors.WRITE_IN_STATIC_CALL.encode(
                AbiValues.bytes4(Selector.fromBytes(call, 0))));
    assertNothingChanged(outcome);
  }

  @Test
  void runningOutOfGasMidProposalKeepsNothing() {
    byte[] call = GovernorCalls.propose(GovernorCalls.Proposal.signal("Gas"));

    Outcome outcome = chain.host.run(member(0), GOVERNOR, call, BigInteger.ZERO, false, 30_000);

    assertThat(outcome.failure()).contains("out of gas");
    assertNothingChanged(outcome);
  }
}
