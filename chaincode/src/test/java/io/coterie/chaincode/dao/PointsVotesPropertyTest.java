package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.LOYALTY;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A governor weighing votes by points: whatever awards, transfers, redemptions and delegations
 * happen around the snapshot, each voter's weight is what was delegated to it at the end of the
 * snapshot block, nobody votes twice, and the tally never exceeds the supply at the snapshot, so no
 * point votes twice for one proposal, not even after changing hands.
 */
class PointsVotesPropertyTest {
  private static final List<ChainAddress> ACCOUNTS =
      IntStream.range(0, 5).mapToObj(ModulesFixture::member).toList();
  private static final long VOTING_PERIOD = 20;

  enum Kind {
    AWARD,
    TRANSFER,
    REDEEM,
    DELEGATE,
    VOTE,
    NEXT_BLOCK
  }

  record Action(Kind kind, int a, int b, int amount) {}

  /** Balances and delegations; votes are the balances delegated to each account. */
  static final class Ledger {
    final SortedMap<ChainAddress, Long> balance = new TreeMap<>();
    final SortedMap<ChainAddress, ChainAddress> delegateOf = new TreeMap<>();

    SortedMap<ChainAddress, Long> votes() {
      SortedMap<ChainAddress, Long> votes = new TreeMap<>();
      ACCOUNTS.forEach(a -> votes.put(a, 0L));
      balance.forEach(
          (holder, amount) -> {
            ChainAddress d = delegateOf.get(holder);
            if (d != null) {
              votes.merge(d, amount, Long::sum);
            }
          });
      return votes;
    }

    long supply() {
      return balance.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private int movedAfterSnapshot;

  @Test
  void noPointVotesTwiceForOneProposal() {
    qt().withExamples(60)
        .withFixedSeed(Long.getLong("QT_SEED", 5805))
        .forAll(
            lists()
                .of(
                    Generate.enumValues(Kind.class)
                        .zip(
                            integers().between(0, 4),
                            integers().between(0, 4),
                            integers().between(0, 150),
                            Action::new))
                .ofSizeBetween(0, 40))
        .checkAssert(this::runAndCheck);
    assertThat(movedAfterSnapshot)
        .as("transfers and awards between snapshot and votes, over all examples")
        .isGreaterThan(30);
  }

  private void runAndCheck(List<Action> actions) {
    ModulesFixture chain = new ModulesFixture();
    long program = chain.createProgram("Vote Points", true, 0);
    ChainAddress token = points(program);
    chain.ok(ADMIN, LOYALTY, fn("enableVotes", u256(program)));
    Ledger ledger = new Ledger();
    for (ChainAddress a : ACCOUNTS) {
      chain.award(program, a, 100);
      chain.ok(a, token, fn("delegate", addr(a)));
      ledger.balance.put(a, 100L);
      ledger.delegateOf.put(a, a);
    }
    Outcome initialized =
        chain.call(ADMIN, GOVERNOR, GovernorCalls.initialize(1, VOTING_PERIOD, 1, 10, 1, program));
    assertThat(initialized.succeeded()).as("%s", initialized).isTrue();
    chain.mine(1);
    GovernorCalls.Proposal proposal = GovernorCalls.Proposal.signal("Points decide");
    Outcome proposed = chain.call(ACCOUNTS.get(0), GOVERNOR, GovernorCalls.propose(proposal));
    assertThat(proposed.succeeded()).as("%s", proposed).isTrue();
    BigInteger id = new BigInteger(1, proposed.result().data());
    long snapshot = chain.block() + 1;
    SortedMap<ChainAddress, Long> atSnapshot = null;
    long supplyAtSnapshot = 0;
    SortedMap<ChainAddress, Long> weights = new TreeMap<>();
    long refs = 0;

    for (Action action : actions) {
      ChainAddress a = ACCOUNTS.get(action.a());
      ChainAddress b = ACCOUNTS.get(action.b());
      long balance = ledger.balance.get(a);
      boolean afterSnapshot = chain.block() > snapshot;
      if (afterSnapshot && (action.kind() == Kind.AWARD || action.kind() == Kind.TRANSFER)) {
        movedAfterSnapshot++;
      }
      switch (action.kind()) {
        case AWARD -> {
          if (action.amount() == 0) {
            continue;
          }
          chain.award(program, a, action.amount());
          ledger.balance.merge(a, (long) action.amount(), Long::sum);
        }
        case TRANSFER -> {
          long amount = Math.min(action.amount(), balance);
          chain.ok(a, token, fn("transfer", addr(b), u256(amount)));
          ledger.balance.merge(a, -amount, Long::sum);
          ledger.balance.merge(b, amount, Long::sum);
        }
        case REDEEM -> {
          long amount = Math.min(action.amount(), balance);
          if (amount == 0) {
            continue;
          }
          chain.ok(a, token, fn("redeem", u256(amount), b32(Word.keccak("r" + refs++))));
          ledger.balance.merge(a, -amount, Long::sum);
        }
        case DELEGATE -> {
          chain.ok(a, token, fn("delegate", addr(b)));
          ledger.delegateOf.put(a, b);
        }
        case VOTE -> {
          if (chain.block() <= snapshot) {
            continue;
          }
          vote(chain, id, a, weights);
        }
        case NEXT_BLOCK -> {
          if (chain.block() >= snapshot + VOTING_PERIOD - 2) {
            continue;
          }
          if (chain.block() == snapshot) {
            atSnapshot = ledger.votes();
            supplyAtSnapshot = ledger.supply();
          }
          chain.mine(1);
        }
      }
    }
    if (atSnapshot == null) {
      while (chain.block() < snapshot) {
        chain.mine(1);
      }
      atSnapshot = ledger.votes();
      supplyAtSnapshot = ledger.supply();
      chain.mine(1);
    }
    for (ChainAddress a : ACCOUNTS) {
      vote(chain, id, a, weights);
    }

    for (ChainAddress voter : weights.keySet()) {
      assertThat(weights.get(voter))
          .as("%s's weight is its votes at the end of snapshot block %d", voter, snapshot)
          .isEqualTo(atSnapshot.get(voter));
    }
    ProposalVotes tally =
        new GovernorReader(chain.services.find(VotingPowerSources.class).orElseThrow())
            .votes(chain.host.world(), id);
    BigInteger total = tally.against().add(tally.forVotes()).add(tally.abstain());
    assertThat(total)
        .isEqualTo(BigInteger.valueOf(weights.values().stream().mapToLong(Long::longValue).sum()));
    assertThat(total).isLessThanOrEqualTo(BigInteger.valueOf(supplyAtSnapshot));
    assertThat(new BigInteger(1, chain.view(token, fn("getPastTotalSupply", u256(snapshot)))))
        .isEqualTo(BigInteger.valueOf(supplyAtSnapshot));
  }

  /** Votes once; a second attempt must be refused and change nothing. */
  private static void vote(
      ModulesFixture chain,
      BigInteger id,
      ChainAddress voter,
      SortedMap<ChainAddress, Long> weights) {
    Outcome outcome = chain.call(voter, GOVERNOR, GovernorCalls.castVote(id, VoteType.FOR.code()));
    if (weights.containsKey(voter)) {
      assertThat(outcome.result().data())
          .isEqualTo(GovernorErrors.ALREADY_CAST_VOTE.encode(AbiValues.address(voter)));
      return;
    }
    assertThat(outcome.succeeded()).as("vote of %s: %s", voter, outcome).isTrue();
    weights.put(voter, new BigInteger(1, outcome.result().data()).longValueExact());
  }
}
