package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Over random sequences of blocks, votes, card transfers, cancels and executions of one proposal:
 * the tally never exceeds the cards at the snapshot, nobody votes twice, and {@code state} follows
 * OZ's transitions and matches a model of OZ's rules.
 */
class GovernorPropertiesTest {
  private static final int MEMBERS = 6;
  private static final GovernorCalls.Proposal PROPOSAL =
      GovernorCalls.Proposal.signal("Pick the autumn colours");

  enum Kind {
    MINE,
    VOTE,
    MINT,
    TRANSFER,
    CANCEL,
    EXECUTE
  }

  record Action(Kind kind, int a, int b, int support) {}

  private static Gen<List<Action>> voteHeavy() {
    return actions(
        Generate.frequency(
            List.of(
                weighted(6, Kind.VOTE),
                weighted(1, Kind.MINE),
                weighted(1, Kind.MINT),
                weighted(1, Kind.TRANSFER))));
  }

  private static Gen<List<Action>> lifecycleHeavy() {
    return actions(
        Generate.frequency(
            List.of(
                weighted(5, Kind.VOTE),
                weighted(2, Kind.MINE),
                weighted(1, Kind.CANCEL),
                weighted(2, Kind.EXECUTE),
                weighted(1, Kind.MINT),
                weighted(1, Kind.TRANSFER))));
  }

  private static Gen<List<Integer>> initialCards() {
    return lists().of(integers().between(0, 2)).ofSize(MEMBERS);
  }

  private static Gen<List<Action>> actions(Gen<Kind> kinds) {
    Gen<Integer> member = integers().between(0, MEMBERS - 1);
    Gen<Integer> support =
        Generate.frequency(List.of(weighted(6, 1), weighted(2, 0), weighted(2, 2), weighted(1, 3)));
    return lists().of(kinds.zip(member, member, support, Action::new)).ofSizeBetween(20, 60);
  }

  private static <T> Pair<Integer, Gen<T>> weighted(int weight, T value) {
    return Pair.of(weight, Generate.constant(value));
  }

  @Test
  void tallyNeverExceedsCardsAtTheSnapshotAndNobodyVotesTwice() {
    qt().withExamples(150)
        .withFixedSeed(Long.getLong("QT_SEED", 1003))
        .forAll(initialCards(), voteHeavy())
        .checkAssert((cards, actions) -> new Run(cards).play(actions));
  }

  @Test
  void statesFollowOzTransitionsOverRandomBlockAdvances() {
    Set<ProposalState> ends = EnumSet.noneOf(ProposalState.class);
    qt().withExamples(300)
        .withFixedSeed(Long.getLong("QT_SEED", 6372))
        .forAll(initialCards(), lifecycleHeavy())
        .checkAssert((cards, actions) -> ends.add(new Run(cards).play(actions)));
    assertThat(ends)
        .as("states some run ended in")
        .contains(
            ProposalState.ACTIVE,
            ProposalState.CANCELED,
            ProposalState.DEFEATED,
            ProposalState.SUCCEEDED,
            ProposalState.EXECUTED);
  }

  /** One proposal on a fresh chain, checked against a model of OZ's rules after every step. */
  private static final class Run {
    private final GovernorFixture chain = new GovernorFixture();
    private final long[] held = new long[MEMBERS];
    private final List<long[]> history = new ArrayList<>(); // {block, member, delta}
    private final SortedSet<Integer> voted = new TreeSet<>();
    private final BigInteger[] tally = {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO};
    private final BigInteger id;
    private final long snapshot;
    private final long deadline;
    private boolean executed;
    private boolean canceled;

    Run(List<Integer> extraCards) {
      for (int i = 0; i < MEMBERS; i++) {
        held[i] = 1;
        history.add(new long[] {1, i, 1});
      }
      for (int i = 0; i < MEMBERS; i++) {
        give(i, extraCards.get(i));
      }
      chain.mine(1);
      id = chain.propose(member(0), PROPOSAL);
      snapshot = chain.block() + 1;
      deadline = snapshot + 20;
    }

    /** Plays the actions, checking after each, and answers the state the proposal ended in. */
    ProposalState play(List<Action> actions) {
      ProposalState previous = expectedState();
      assertThat(previous).isEqualTo(ProposalState.PENDING);
      for (Action action : actions) {
        step(action);
        ProposalState now = expectedState();
        assertThat(chain.state(id)).as("after %s", action).isEqualTo(now);
        assertThat(allowed(previous, now)).as("%s -> %s", previous, now).isTrue();
        previous = now;
        checkTally();
      }
      return previous;
    }

    private void step(Action action) {
      switch (action.kind()) {
        case MINE ->
            chain.mine(action.a() < 4 ? 1 + action.a() : 10L * (action.a() - 3)); // 1-4, 10, 20
        case VOTE -> vote(action.a(), action.support());
        case MINT -> give(action.a(), 1);
        case TRANSFER -> {
          if (held[action.a()] > 0) {
            give(action.a(), -1);
            give(action.b(), 1);
          }
        }
        case CANCEL -> cancel(action.a());
        case EXECUTE -> execute();
      }
    }

    private void vote(int voter, int support) {
      ProposalState state = expectedState();
      Outcome outcome = chain.call(member(voter), GovernorCalls.castVote(id, support));
      if (state != ProposalState.ACTIVE) {
        assertThat(outcome.result().data())
            .isEqualTo(unexpected(state, ProposalState.ACTIVE.bit()));
      } else if (voted.contains(voter)) {
        assertThat(outcome.result().data())
            .isEqualTo(GovernorErrors.ALREADY_CAST_VOTE.encode(AbiValues.address(member(voter))));
      } else if (support > 2) {
        assertThat(outcome.result().data()).isEqualTo(GovernorErrors.INVALID_VOTE_TYPE.encode());
      } else {
        assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
        BigInteger weight = BigInteger.valueOf(weightAtSnapshot(voter));
        assertThat(new BigInteger(1, outcome.result().data())).isEqualTo(weight);
        voted.add(voter);
        tally[support] = tally[support].add(weight);
        return;
      }
      assertThat(outcome.logs()).isEmpty();
    }

    private void cancel(int caller) {
      ProposalState state = expectedState();
      Outcome outcome = chain.call(member(caller), GovernorCalls.cancel(PROPOSAL));
      boolean ok = state == ProposalState.PENDING && caller == 0;
      assertThat(outcome.succeeded())
          .as("cancel by %d in %s: %s", caller, state, outcome)
          .isEqualTo(ok);
      if (ok) {
        canceled = true;
      }
    }

    private void execute() {
      ProposalState state = expectedState();
      Outcome outcome = chain.call(ADMIN, GovernorCalls.execute(PROPOSAL));
      if (state == ProposalState.SUCCEEDED) {
        assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
        executed = true;
      } else {
        assertThat(outcome.result().data())
            .isEqualTo(
                unexpected(
                    state, ProposalState.bitmap(ProposalState.SUCCEEDED, ProposalState.QUEUED)));
      }
    }

    private void checkTally() {
      BigInteger sum = tally[0].add(tally[1]).add(tally[2]);
      assertThat(chain.view(GovernorCalls.uintArg("proposalVotes", id)))
          .isEqualTo(
              AbiValues.encode(
                  AbiValues.uint256(tally[0]),
                  AbiValues.uint256(tally[1]),
                  AbiValues.uint256(tally[2])));
      if (chain.block() > snapshot) {
        BigInteger supply = chain.cards.pastTotalSupply(chain.host.world(), snapshot);
        assertThat(sum).isLessThanOrEqualTo(supply);
        assertThat(supply).isEqualTo(BigInteger.valueOf(totalAtSnapshot()));
      }
    }

    private ProposalState expectedState() {
      long now = chain.block();
      if (executed) {
        return ProposalState.EXECUTED;
      }
      if (canceled) {
        return ProposalState.CANCELED;
      }
      if (snapshot >= now) {
        return ProposalState.PENDING;
      }
      if (deadline >= now) {
        return ProposalState.ACTIVE;
      }
      BigInteger quorum = BigInteger.valueOf(totalAtSnapshot() * 67 / 100);
      boolean quorumReached = tally[1].add(tally[2]).compareTo(quorum) >= 0;
      boolean succeeded = tally[1].compareTo(tally[0]) > 0;
      return quorumReached && succeeded ? ProposalState.SUCCEEDED : ProposalState.DEFEATED;
    }

    // OZ's transition graph, closed over time jumps: one step may mine past several states.
    private static boolean allowed(ProposalState from, ProposalState to) {
      if (from == to) {
        return true;
      }
      return switch (from) {
        case PENDING ->
            to == ProposalState.ACTIVE
                || to == ProposalState.CANCELED
                || to == ProposalState.SUCCEEDED
                || to == ProposalState.DEFEATED;
        case ACTIVE -> to == ProposalState.SUCCEEDED || to == ProposalState.DEFEATED;
        case SUCCEEDED -> to == ProposalState.EXECUTED;
        case CANCELED, DEFEATED, QUEUED, EXPIRED, EXECUTED -> false;
      };
    }

    private void give(int holder, long count) {
      if (count == 0) {
        return;
      }
      held[holder] += count;
      history.add(new long[] {chain.block(), holder, count});
      chain.giveCards(member(holder), count);
    }

    private long weightAtSnapshot(int holder) {
      return history.stream()
          .filter(h -> h[0] <= snapshot && h[1] == holder)
          .mapToLong(h -> h[2])
          .sum();
    }

    private long totalAtSnapshot() {
      return history.stream().filter(h -> h[0] <= snapshot).mapToLong(h -> h[2]).sum();
    }

    private byte[] unexpected(ProposalState state, BigInteger allowed) {
      return GovernorErrors.UNEXPECTED_PROPOSAL_STATE.encode(
          AbiValues.uint256(id), new Uint8(state.code()), AbiValues.bytes32(Word.of(allowed)));
    }
  }
}
