package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.provenance.GtinRulesFixture.ADMIN;
import static io.coterie.chaincode.provenance.GtinRulesFixture.BRAND;
import static io.coterie.chaincode.provenance.GtinRulesFixture.FARM;
import static io.coterie.chaincode.provenance.GtinRulesFixture.OTHER_FARM;
import static io.coterie.chaincode.provenance.GtinRulesFixture.SHOP;
import static io.coterie.chaincode.provenance.GtinRulesFixture.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.coterie.chaincode.gtin.GtinCalls;
import io.coterie.chaincode.gtin.GtinKey;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A GTIN is only commissioned by its owner: over random registrations, transfers, removals,
 * commissions and transformations by administrators, the governor, owners and others, Provenance
 * version 2 creates a lot exactly when the caller owns its GTIN at that moment (exact binding
 * first, else the longest bound prefix), checked against a plain model of the registry.
 */
class GtinOwnershipPropertyTest {
  private static final ChainAddress GOVERNOR = StandardRoles.DAO_GOVERNOR_ADDRESS;
  private static final List<ChainAddress> ACCOUNTS =
      List.of(FARM, OTHER_FARM, BRAND, SHOP, STRANGER, ADMIN, GOVERNOR);
  private static final Set<ChainAddress> REGISTRARS = Set.of(ADMIN, GOVERNOR);
  private static final Set<ChainAddress> COMMISSIONERS = Set.of(FARM, OTHER_FARM, BRAND);
  // nested and sibling prefixes, so the longest match matters
  private static final List<String> PREFIXES = List.of("061414", "0614141", "06141412", "0614142");
  private static final List<String> GTINS =
      List.of(
          GtinCalls.gtin("1", "0614141", "00001"),
          GtinCalls.gtin("1", "0614141", "23456"),
          GtinCalls.gtin("0", "0614142", "00007"),
          GtinCalls.gtin("2", "0614149", "00003"),
          GtinCalls.gtin("0", "4012345", "00001"));

  sealed interface Action permits Register, Transfer, Remove, Commission, Transform {}

  /** {@code key} indexes PREFIXES then GTINS. */
  record Register(int key, int owner, int by) implements Action {}

  record Transfer(int key, int newOwner, int by) implements Action {}

  record Remove(int key, int by) implements Action {}

  record Commission(int gtin, int by) implements Action {}

  record Transform(int gtin, int by) implements Action {}

  @Test
  void aGtinIsOnlyCommissionedByItsOwner() {
    qt().withExamples(150).forAll(actions()).checkAssert(GtinOwnershipPropertyTest::run);
  }

  private static Gen<List<Action>> actions() {
    Gen<Integer> key = Generate.range(0, PREFIXES.size() + GTINS.size() - 1);
    Gen<Integer> account = Generate.range(0, ACCOUNTS.size() - 1);
    Gen<Integer> gtin = Generate.range(0, GTINS.size() - 1);
    Gen<Action> register = key.zip(account, account, Register::new);
    Gen<Action> transfer = key.zip(account, account, Transfer::new);
    Gen<Action> remove = key.zip(account, Remove::new);
    Gen<Action> commission = gtin.zip(account, Commission::new);
    Gen<Action> transform = gtin.zip(account, Transform::new);
    Gen<Action> any =
        Generate.frequency(
            Pair.of(4, register),
            Pair.of(3, transfer),
            Pair.of(1, remove),
            Pair.of(5, commission),
            Pair.of(3, transform));
    return SourceDSL.lists().of(any).ofSizeBetween(1, 40);
  }

  private static void run(List<Action> actions) {
    GtinRulesFixture chain = new GtinRulesFixture(2);
    Map<String, ChainAddress> model = new TreeMap<>();
    Map<ChainAddress, Word> heldLot = new TreeMap<>();
    int lots = 0;
    for (Action action : actions) {
      if (action instanceof Register a) {
        String k = key(a.key());
        ChainAddress by = ACCOUNTS.get(a.by());
        ChainAddress owner = ACCOUNTS.get(a.owner());
        byte[] call =
            a.key() < PREFIXES.size()
                ? GtinCalls.registerPrefix(k, owner)
                : GtinCalls.registerGtin(k, owner);
        boolean expected = REGISTRARS.contains(by) && !model.containsKey(k);
        assertThat(chain.registry(by, call).succeeded()).as("%s", a).isEqualTo(expected);
        if (expected) {
          model.put(k, owner);
        }
      } else if (action instanceof Transfer a) {
        String k = key(a.key());
        ChainAddress by = ACCOUNTS.get(a.by());
        ChainAddress owner = model.get(k);
        boolean expected = owner != null && (by.equals(owner) || REGISTRARS.contains(by));
        Outcome outcome =
            chain.registry(by, GtinCalls.transferBinding(k, ACCOUNTS.get(a.newOwner())));
        assertThat(outcome.succeeded()).as("%s", a).isEqualTo(expected);
        if (expected) {
          model.put(k, ACCOUNTS.get(a.newOwner()));
        }
      } else if (action instanceof Remove a) {
        String k = key(a.key());
        ChainAddress by = ACCOUNTS.get(a.by());
        boolean expected = REGISTRARS.contains(by) && model.containsKey(k);
        assertThat(chain.registry(by, GtinCalls.removeBinding(k)).succeeded())
            .as("%s", a)
            .isEqualTo(expected);
        if (expected) {
          model.remove(k);
        }
      } else if (action instanceof Commission a) {
        ChainAddress by = ACCOUNTS.get(a.by());
        String gtin = GTINS.get(a.gtin());
        Outcome outcome = chain.commission(by, gtin, "C-" + lots++);
        boolean owns = owner(model, gtin).filter(by::equals).isPresent();
        assertThat(outcome.succeeded())
            .as("%s with registry %s", a, model)
            .isEqualTo(owns && COMMISSIONERS.contains(by));
        if (outcome.succeeded()) {
          assertThat(GtinRulesFixture.creators(outcome)).containsExactly(by);
          heldLot.putIfAbsent(by, GtinRulesFixture.lotId(outcome));
        }
      } else if (action instanceof Transform a) {
        ChainAddress by = ACCOUNTS.get(a.by());
        Word input = heldLot.get(by);
        if (input == null) {
          continue;
        }
        String gtin = GTINS.get(a.gtin());
        Outcome outcome = chain.transform(by, input, gtin, "T-" + lots++);
        boolean owns = owner(model, gtin).filter(by::equals).isPresent();
        assertThat(outcome.succeeded()).as("%s with registry %s", a, model).isEqualTo(owns);
        if (outcome.succeeded()) {
          assertThat(GtinRulesFixture.creators(outcome)).containsExactly(by);
        }
      }
    }
  }

  private static String key(int index) {
    return index < PREFIXES.size() ? PREFIXES.get(index) : GTINS.get(index - PREFIXES.size());
  }

  /** The model's rule: the exact GTIN's owner, else the longest bound prefix's. */
  private static Optional<ChainAddress> owner(Map<String, ChainAddress> model, String gtin) {
    if (model.containsKey(gtin)) {
      return Optional.of(model.get(gtin));
    }
    List<String> bound = new ArrayList<>();
    for (String prefix : model.keySet()) {
      if (prefix.length() < GtinKey.GTIN_DIGITS && gtin.substring(1).startsWith(prefix)) {
        bound.add(prefix);
      }
    }
    return bound.stream().max((x, y) -> Integer.compare(x.length(), y.length())).map(model::get);
  }
}
