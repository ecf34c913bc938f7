package io.coterie.chaincode.membership;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.collection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Whatever admissions, expulsions, renouncements, burns, reissues and delegations happen, at the
 * end of every block the member collection's checkpoints count exactly the cards of members: an
 * expelled member's vote is zero from the block of its expulsion, and the quorum base
 * (getPastTotalSupply) follows every burn.
 */
class MemberRevocationPropertyTest {
  private static final List<ChainAddress> ACCOUNTS =
      IntStream.range(0, 8)
          .mapToObj(i -> i < 6 ? ModulesFixture.member(i) : ChainAddress.of(0xa000 + i))
          .toList();
  private static final ChainAddress ROLES = StandardRoles.ROLES_ADDRESS;

  enum Kind {
    ADMIT,
    EXPEL,
    RENOUNCE,
    BURN,
    REISSUE,
    DELEGATE,
    NEXT_BLOCK
  }

  record Action(Kind kind, int a, int b) {}

  /** What the chain should hold: members, card holders (token ids) and delegations. */
  static final class Model {
    final SortedSet<ChainAddress> members = new TreeSet<>(ModulesFixture.members());
    final SortedMap<ChainAddress, Long> cardOf = new TreeMap<>();
    final SortedMap<ChainAddress, ChainAddress> delegateOf = new TreeMap<>();
    final SortedSet<ChainAddress> chose = new TreeSet<>();

    void receive(ChainAddress holder, long tokenId) {
      cardOf.put(holder, tokenId);
      if (!chose.contains(holder) && !delegateOf.containsKey(holder)) {
        delegateOf.put(holder, holder);
      }
    }

    long votesOf(ChainAddress account) {
      return cardOf.keySet().stream().filter(h -> account.equals(delegateOf.get(h))).count();
    }
  }

  record Snapshot(long block, SortedMap<ChainAddress, Long> votes, long supply) {}

  private int expulsions;

  @Test
  void checkpointsCountExactlyTheCardsOfMembersAtEveryBlock() {
    qt().withExamples(60)
        .withFixedSeed(Long.getLong("QT_SEED", 5192))
        .forAll(
            lists()
                .of(
                    Generate.enumValues(Kind.class)
                        .zip(integers().between(0, 7), integers().between(0, 7), Action::new))
                .ofSizeBetween(0, 40))
        .checkAssert(this::runAndCheck);
    assertThat(expulsions).as("expulsions and renouncements, over all examples").isGreaterThan(30);
  }

  private void runAndCheck(List<Action> actions) {
    ModulesFixture chain = new ModulesFixture();
    long id = chain.createMemberCollection(ModulesFixture.members());
    ChainAddress cards = collection(id);
    Model model = new Model();
    for (int i = 0; i < 6; i++) {
      model.receive(ACCOUNTS.get(i), i + 1);
    }
    long nextToken = 7;
    List<Snapshot> snapshots = new ArrayList<>();
    for (Action action : actions) {
      ChainAddress a = ACCOUNTS.get(action.a());
      ChainAddress b = ACCOUNTS.get(action.b());
      switch (action.kind()) {
        case ADMIT -> {
          if (model.members.contains(a)) {
            continue;
          }
          chain.ok(ADMIN, ROLES, fn("grantRole", b32(StandardRoles.MEMBER_ROLE), addr(a)));
          chain.ok(ADMIN, cards, fn("mint", addr(a), new Uint8(1)));
          model.members.add(a);
          model.receive(a, nextToken++);
        }
        case EXPEL, RENOUNCE -> {
          if (!model.members.contains(a)) {
            continue;
          }
          byte[] call =
              action.kind() == Kind.EXPEL
                  ? fn("revokeRole", b32(StandardRoles.MEMBER_ROLE), addr(a))
                  : fn("renounceRole", b32(StandardRoles.MEMBER_ROLE), addr(a));
          chain.ok(action.kind() == Kind.EXPEL ? ADMIN : a, ROLES, call);
          model.members.remove(a);
          model.cardOf.remove(a);
          expulsions++;
        }
        case BURN -> {
          Long token = model.cardOf.get(a);
          if (token == null) {
            continue;
          }
          chain.ok(ADMIN, cards, fn("burn", u256(token)));
          model.cardOf.remove(a);
        }
        case REISSUE -> {
          Long token = model.cardOf.get(a);
          if (token == null
              || !model.members.contains(b)
              || (model.cardOf.containsKey(b) && !a.equals(b))) {
            continue;
          }
          chain.ok(ADMIN, cards, fn("reissue", u256(token), addr(b)));
          model.cardOf.remove(a);
          model.receive(b, nextToken++);
        }
        case DELEGATE -> {
          chain.ok(a, cards, fn("delegate", addr(b)));
          model.delegateOf.put(a, b);
          model.chose.add(a);
        }
        case NEXT_BLOCK -> {
          snapshots.add(snapshot(chain, model));
          chain.mine(1);
        }
      }
    }
    snapshots.add(snapshot(chain, model));
    chain.mine(1);

    for (Snapshot s : snapshots) {
      long sum = 0;
      for (ChainAddress account : ACCOUNTS) {
        long votes =
            chain.uint(cards, "getPastVotes", addr(account), u256(s.block())).longValueExact();
        assertThat(votes)
            .as("votes of %s at block %d", account, s.block())
            .isEqualTo(s.votes().get(account));
        sum += votes;
      }
      assertThat(chain.uint(cards, "getPastTotalSupply", u256(s.block())).longValueExact())
          .as("quorum base at block %d", s.block())
          .isEqualTo(s.supply());
      assertThat(sum).isLessThanOrEqualTo(s.supply());
    }
  }

  private static Snapshot snapshot(ModulesFixture chain, Model model) {
    SortedMap<ChainAddress, Long> votes = new TreeMap<>();
    ACCOUNTS.forEach(a -> votes.put(a, model.votesOf(a)));
    SortedSet<ChainAddress> nonMembers = new TreeSet<>(ACCOUNTS);
    nonMembers.removeAll(model.members);
    for (ChainAddress expelled : nonMembers) {
      assertThat(model.cardOf).as("an expelled member holds no card").doesNotContainKey(expelled);
      assertThat(AbiCalls.uint(chain.view(collection(0), fn("balanceOf", addr(expelled)))))
          .isZero();
    }
    assertThat(AbiCalls.uint(chain.view(collection(0), fn("totalSupply"))).longValueExact())
        .isEqualTo(model.cardOf.size());
    return new Snapshot(chain.block(), votes, model.cardOf.size());
  }
}
