package io.coterie.chaincode.editions;

import static io.coterie.chaincode.editions.EditionCalls.EDITIONS;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever airdrops and transfers happen, an edition's supply never passes its cap, a refused
 * airdrop mints nothing, and transfers only move balances: their sum is always the minted supply.
 */
class EditionSupplyPropertyTest {
  private static final List<ChainAddress> HOLDERS = ModulesFixture.members();

  /** An airdrop (kind 0) of {@code amount} to holder {@code a}, or a transfer from a to b. */
  private record Step(int kind, int a, int b, int amount) {}

  private static Gen<Step> steps() {
    Gen<Integer> holder = integers().between(0, HOLDERS.size() - 1);
    return integers().between(0, 1).zip(holder, holder, integers().between(0, 12), Step::new);
  }

  @Test
  void supplyNeverExceedsTheCapAndTransfersConserveBalances() {
    ModulesFixture chain = new ModulesFixture();
    qt().withExamples(30)
        .withFixedSeed(Long.getLong("QT_SEED", 1155L))
        .forAll(integers().between(1, 30), lists().of(steps()).ofSizeBetween(1, 8))
        .checkAssert(
            (cap, plan) -> {
              long id =
                  AbiCalls.uint(chain.ok(ADMIN, EDITIONS, EditionCalls.create(cap, "ipfs://e")))
                      .longValueExact();
              long minted = 0;
              for (Step step : plan) {
                ChainAddress a = HOLDERS.get(step.a());
                if (step.kind() == 0) {
                  Outcome drop =
                      chain.call(
                          ADMIN,
                          EDITIONS,
                          EditionCalls.airdrop(id, List.of(a), List.of((long) step.amount())));
                  boolean fits = minted + step.amount() <= cap;
                  assertThat(drop.succeeded())
                      .as("airdrop %s within cap %d", step, cap)
                      .isEqualTo(fits);
                  if (fits) {
                    minted += step.amount();
                  }
                } else {
                  BigInteger held = balance(chain, a, id);
                  Outcome moved =
                      chain.call(
                          a,
                          EDITIONS,
                          EditionCalls.transfer(a, HOLDERS.get(step.b()), id, step.amount()));
                  assertThat(moved.succeeded())
                      .as("transfer %s of %s held", step, held)
                      .isEqualTo(held.compareTo(BigInteger.valueOf(step.amount())) >= 0);
                }
                BigInteger sum =
                    HOLDERS.stream()
                        .map(h -> balance(chain, h, id))
                        .reduce(BigInteger.ZERO, BigInteger::add);
                BigInteger supply = chain.uint(EDITIONS, "totalSupply", u256(id));
                assertThat(supply).isEqualTo(minted).isLessThanOrEqualTo(BigInteger.valueOf(cap));
                assertThat(sum).as("balances add up to the supply").isEqualTo(supply);
              }
            });
  }

  private static BigInteger balance(ModulesFixture chain, ChainAddress who, long id) {
    return AbiCalls.uint(chain.view(EDITIONS, EditionCalls.balanceOf(who, id)));
  }
}
