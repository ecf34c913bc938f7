package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyFixture.ADMIN;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.CONSENT;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.MEMBERS;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.REGISTRY;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Over random grants, withdrawals, rewards and time moving forward, each (member, merchant,
 * purpose) is rewarded at most once, and only while the consent is in force; checked against a
 * plain model of consents.
 */
class ConsentRewardPropertyTest {
  private static final long REWARD = 7;
  private static final List<ChainAddress> MERCHANTS = List.of(SHOP, SHOP2);
  private static final List<Word> PURPOSES =
      List.of(Word.keccak("marketing.email"), Word.keccak("analytics.purchases"));
  private static final Word CONSENT_REWARDED =
      Word.keccak("ConsentRewarded(address,address,bytes32,uint256)");

  record Key(int member, int merchant, int purpose) {}

  sealed interface Action permits Grant, Revoke, Reward, Advance {}

  /** {@code validFor} 0: no expiry. */
  record Grant(Key key, long validFor) implements Action {}

  record Revoke(Key key) implements Action {}

  record Reward(Key key) implements Action {}

  record Advance(long seconds) implements Action {}

  private static Gen<List<Action>> actions() {
    Gen<Key> keys =
        integers()
            .between(0, 2)
            .zip(
                integers().between(0, MERCHANTS.size() - 1),
                integers().between(0, PURPOSES.size() - 1),
                Key::new);
    Gen<Action> grant =
        keys.zip(Generate.oneOf(Generate.constant(0L), longs().between(1, 600)), Grant::new);
    Gen<Action> revoke = keys.map(Revoke::new);
    Gen<Action> reward = keys.map(Reward::new);
    Gen<Action> advance = longs().between(0, 400).map(Advance::new);
    return lists()
        .of(
            Generate.frequency(
                List.of(
                    Pair.of(3, grant),
                    Pair.of(2, revoke),
                    Pair.of(5, reward),
                    Pair.of(2, advance))))
        .ofSizeBetween(1, 40);
  }

  @Test
  void eachConsentIsRewardedAtMostOnceAndOnlyWhileItHolds() {
    qt().withExamples(120)
        .withFixedSeed(Long.getLong("QT_SEED", 2756))
        .forAll(actions())
        .checkAssert(this::check);
  }

  private void check(List<Action> actions) {
    Run run = new Run();
    for (Action action : actions) {
      run.apply(action);
    }
    for (int m = 0; m < 3; m++) {
      int member = m;
      long rewarded = run.rewarded.stream().filter(k -> k.member() == member).count();
      assertThat(run.chain.balance(run.id, MEMBERS.get(m))).isEqualTo(REWARD * rewarded);
    }
    assertThat(run.rewardEvents).isEqualTo(run.rewarded.size());
    assertThat(run.chain.supply(run.id)).isEqualTo(REWARD * run.rewarded.size());
  }

  /** The chain and the model side by side. */
  private static final class Run {
    final LoyaltyFixture chain = new LoyaltyFixture();
    final long id = chain.devnetProgram(NewProgram.coteriePoints());
    // Consents in force: key -> validUntil (0 = no expiry); withdrawn ones are removed.
    final Map<Key, Long> granted = new HashMap<>();
    final Set<Key> rewarded = new HashSet<>();
    long rewardEvents;

    Run() {
      chain.ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP2));
      chain.ok(ADMIN, REGISTRY, LoyaltyCalls.setConsentReward(id, REWARD));
    }

    void apply(Action action) {
      long now = chain.host.block().timestampSeconds();
      if (action instanceof Grant g) {
        long until = g.validFor() == 0 ? 0 : now + g.validFor();
        chain.ok(
            member(g.key()),
            CONSENT,
            LoyaltyCalls.grantConsent(merchant(g.key()), purpose(g.key()), until));
        granted.put(g.key(), until);
      } else if (action instanceof Revoke r) {
        Outcome outcome =
            chain.call(
                member(r.key()),
                CONSENT,
                LoyaltyCalls.revokeConsent(merchant(r.key()), purpose(r.key())));
        assertThat(outcome.succeeded()).as("revoke %s", r).isEqualTo(inForce(r.key(), now));
        granted.remove(r.key());
      } else if (action instanceof Reward w) {
        Outcome outcome =
            chain.call(
                merchant(w.key()),
                token(id),
                LoyaltyCalls.rewardConsent(member(w.key()), purpose(w.key())));
        boolean expected = inForce(w.key(), now) && !rewarded.contains(w.key());
        assertThat(outcome.succeeded()).as("reward %s at %d", w, now).isEqualTo(expected);
        if (expected) {
          rewarded.add(w.key());
          rewardEvents +=
              outcome.logs().stream()
                  .filter(l -> l.topics().get(0).equals(CONSENT_REWARDED))
                  .count();
        }
      } else if (action instanceof Advance a) {
        chain.host.advanceSeconds(a.seconds());
      }
    }

    boolean inForce(Key key, long now) {
      Long until = granted.get(key);
      return until != null && (until == 0 || now < until);
    }

    static ChainAddress member(Key key) {
      return MEMBERS.get(key.member());
    }

    static ChainAddress merchant(Key key) {
      return MERCHANTS.get(key.merchant());
    }

    static Word purpose(Key key) {
      return PURPOSES.get(key.purpose());
    }
  }
}
