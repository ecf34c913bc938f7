package io.coterie.chaincode.membership;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Votes never exceed cards, and all delegates' votes add up to the supply, at every block. */
class VotesPropertyTest {
  private static final List<ChainAddress> ACCOUNTS =
      List.of(
          ChainAddress.of(0xa1),
          ChainAddress.of(0xa2),
          ChainAddress.of(0xa3),
          ChainAddress.of(0xa4));

  enum Kind {
    MINT,
    TRANSFER,
    DELEGATE,
    NEXT_BLOCK
  }

  record Action(Kind kind, int a, int b) {}

  private static Gen<List<Action>> actions() {
    return lists()
        .of(
            Generate.enumValues(Kind.class)
                .zip(integers().between(0, 3), integers().between(0, 4), Action::new))
        .ofSizeBetween(0, 30);
  }

  @Test
  void votesMatchAModelOfDelegatedCardsAtEveryPastBlock() {
    qt().withExamples(100)
        .withFixedSeed(Long.getLong("QT_SEED", 5805))
        .forAll(actions())
        .checkAssert(this::check);
  }

  private void check(List<Action> actions) {
    CardsFixture chain = new CardsFixture();
    ChainAddress token = chain.create("Cards", false);
    SortedMap<ChainAddress, Integer> balances = new TreeMap<>();
    SortedMap<ChainAddress, ChainAddress> delegates = new TreeMap<>();
    SortedMap<ChainAddress, Boolean> chose = new TreeMap<>();
    List<ChainAddress> owners = new ArrayList<>();
    List<Snapshot> snapshots = new ArrayList<>();

    for (Action action : actions) {
      ChainAddress a = ACCOUNTS.get(action.a());
      switch (action.kind()) {
        case MINT -> {
          chain.mintAs(token, a);
          owners.add(a);
          receive(balances, delegates, chose, a);
        }
        case TRANSFER -> {
          if (owners.isEmpty()) {
            continue;
          }
          int index = action.b() % owners.size();
          ChainAddress from = owners.get(index);
          chain.ok(from, token, CardsFixture.transferFrom(from, a, index + 1));
          owners.set(index, a);
          balances.merge(from, -1, Integer::sum);
          receive(balances, delegates, chose, a);
        }
        case DELEGATE -> {
          ChainAddress to = action.b() == 4 ? ChainAddress.ZERO : ACCOUNTS.get(action.b());
          chain.ok(a, token, fn("delegate", addr(to)));
          delegates.put(a, to);
          chose.put(a, true);
        }
        case NEXT_BLOCK -> {
          snapshots.add(
              new Snapshot(
                  chain.host.block().number(), votesOf(balances, delegates), owners.size()));
          chain.host.advance(1, 2);
        }
      }
    }
    snapshots.add(
        new Snapshot(chain.host.block().number(), votesOf(balances, delegates), owners.size()));
    chain.host.advance(1, 2);

    CardVotesReader reader = new CardVotesReader();
    for (Snapshot s : snapshots) {
      long sum = 0;
      for (ChainAddress account : ACCOUNTS) {
        long votes = reader.getPastVotes(chain.host.world(), 0, account, s.block());
        assertThat(votes).isEqualTo(s.votes().getOrDefault(account, 0L));
        sum += votes;
      }
      assertThat(reader.getPastTotalSupply(chain.host.world(), 0, s.block())).isEqualTo(s.supply());
      assertThat(sum).isLessThanOrEqualTo(s.supply());
    }
    long delegated = 0;
    for (ChainAddress account : ACCOUNTS) {
      if (!delegates.getOrDefault(account, ChainAddress.ZERO).equals(ChainAddress.ZERO)) {
        delegated += balances.getOrDefault(account, 0);
      }
    }
    long total = 0;
    for (ChainAddress account : ACCOUNTS) {
      total += reader.getVotes(chain.host.world(), 0, account);
    }
    assertThat(total).isEqualTo(delegated);
    assertThat(reader.totalSupply(chain.host.world(), 0)).isEqualTo(owners.size());
  }

  record Snapshot(long block, SortedMap<ChainAddress, Long> votes, long supply) {}

  private static void receive(
      SortedMap<ChainAddress, Integer> balances,
      SortedMap<ChainAddress, ChainAddress> delegates,
      SortedMap<ChainAddress, Boolean> chose,
      ChainAddress to) {
    balances.merge(to, 1, Integer::sum);
    if (!chose.getOrDefault(to, false) && !delegates.containsKey(to)) {
      delegates.put(to, to);
    }
  }

  private static SortedMap<ChainAddress, Long> votesOf(
      SortedMap<ChainAddress, Integer> balances, SortedMap<ChainAddress, ChainAddress> delegates) {
    SortedMap<ChainAddress, Long> votes = new TreeMap<>();
    balances.forEach(
        (holder, cards) -> {
          ChainAddress d = delegates.getOrDefault(holder, ChainAddress.ZERO);
          if (!d.equals(ChainAddress.ZERO)) {
            votes.merge(d, (long) cards, Long::sum);
          }
        });
    return votes;
  }
}
