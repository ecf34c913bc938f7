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

import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Over random grants, withdrawals, expiries and behaviour rewards by two shops and the brand,
 * loyalty version 2 rewards a behaviour exactly when the member's consent to that merchant for that
 * behaviour's purpose is in force, checked against a plain model of consents.
 */
class BehaviourConsentPropertyTest {
  private static final List<ChainAddress> MERCHANTS = List.of(SHOP, SHOP2, ADMIN);

  record Key(int member, int merchant, int kind) {}

  private static final Comparator<Key> KEY_ORDER =
      Comparator.comparingInt(Key::member)
          .thenComparingInt(Key::merchant)
          .thenComparingInt(Key::kind);

  sealed interface Action permits Grant, Revoke, Reward, Advance {}

  /** {@code validFor} 0: no expiry. */
  record Grant(Key key, long validFor) implements Action {}

  record Revoke(Key key) implements Action {}

  record Reward(Key key) implements Action {}

  record Advance(long seconds) implements Action {}

  @Test
  void aBehaviourIsRewardedExactlyWhenTheMembersConsentForItsPurposeIsInForce() {
    qt().withExamples(120).forAll(actions()).checkAssert(BehaviourConsentPropertyTest::run);
  }

  private static Gen<List<Action>> actions() {
    Gen<Key> keys =
        Generate.range(0, 2)
            .zip(
                Generate.range(0, MERCHANTS.size() - 1),
                Generate.range(0, Behaviour.values().length - 1),
                Key::new);
    Gen<Long> validity = Generate.oneOf(Generate.constant(0L), Generate.longRange(1, 600));
    Gen<Action> grant = keys.zip(validity, Grant::new);
    Gen<Action> revoke = keys.map(Revoke::new);
    Gen<Action> reward = keys.map(Reward::new);
    Gen<Action> advance = Generate.longRange(0, 400).map(Advance::new);
    return SourceDSL.lists()
        .of(
            Generate.frequency(
                Pair.of(3, grant), Pair.of(2, revoke), Pair.of(5, reward), Pair.of(2, advance)))
        .ofSizeBetween(1, 40);
  }

  private static void run(List<Action> actions) {
    LoyaltyFixture chain = new LoyaltyFixture(2);
    long id = chain.devnetProgram(NewProgram.coteriePoints().withRewards(50, 20, 10, 30));
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP2));
    Map<Key, Long> inForce = new TreeMap<>(KEY_ORDER); // validUntil, 0 = no expiry
    int rewards = 0;
    for (Action action : actions) {
      long now = chain.host.block().timestampSeconds();
      if (action instanceof Grant g) {
        long until = g.validFor() == 0 ? 0 : now + g.validFor();
        chain.ok(
            member(g.key()),
            CONSENT,
            LoyaltyCalls.grantConsent(merchant(g.key()), kind(g.key()).consentPurpose(), until));
        inForce.put(g.key(), until);
      } else if (action instanceof Revoke r) {
        chain.call(
            member(r.key()),
            CONSENT,
            LoyaltyCalls.revokeConsent(merchant(r.key()), kind(r.key()).consentPurpose()));
        inForce.remove(r.key());
      } else if (action instanceof Advance a) {
        chain.host.advanceSeconds(a.seconds());
      } else if (action instanceof Reward w) {
        Long until = inForce.get(w.key());
        boolean live = until != null && (until == 0 || now < until);
        Outcome outcome =
            chain.call(
                merchant(w.key()),
                token(id),
                LoyaltyCalls.rewardBehaviour(
                    member(w.key()), w.key().kind(), LoyaltyCalls.ref("behaviour-" + rewards++)));
        assertThat(outcome.succeeded())
            .as("%s at %d, consents %s", w, now, inForce)
            .isEqualTo(live);
      }
    }
  }

  private static ChainAddress member(Key key) {
    return MEMBERS.get(key.member());
  }

  private static ChainAddress merchant(Key key) {
    return MERCHANTS.get(key.merchant());
  }

  private static Behaviour kind(Key key) {
    return Behaviour.values()[key.kind()];
  }
}
