package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BOB;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoyaltyExpiryTest {
  private static final long DAY = 86_400;

  private final LoyaltyFixture chain = new LoyaltyFixture();
  private final LoyaltyReader reader = new LoyaltyReader();

  @Test
  void expiryIsRoundedUpToTheGranularityAndNeverEarlierThanPromised() {
    assertThat(PointLedger.expiryOf(1_000, 0)).isEqualTo(PointLedger.NEVER);
    assertThat(PointLedger.expiryOf(1_000, 60)).isEqualTo(1_080);
    assertThat(PointLedger.expiryOf(1_020, 60)).isEqualTo(1_080);
    assertThat(PointLedger.expiryOf(DAY + 1, 30 * DAY)).isEqualTo(32 * DAY);
    assertThat(PointLedger.expiryOf(DAY, 30 * DAY)).isEqualTo(31 * DAY);
  }

  @Test
  void pointsLeaveBalanceAndSupplyTheMomentTheyExpire() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withValidity(DAY));
    long start = chain.host.block().timestampSeconds();
    chain.award(id, ALICE, 100, "a");
    long expiresAt = PointLedger.expiryOf(start, DAY);

    chain.host.advanceSeconds(expiresAt - start - 1);
    assertThat(chain.balance(id, ALICE)).isEqualTo(100);
    assertThat(chain.supply(id)).isEqualTo(100);

    chain.host.advanceSeconds(1);
    assertThat(chain.balance(id, ALICE)).isZero();
    assertThat(chain.supply(id)).isZero();
  }

  @Test
  void spendingTakesTheOldestLotFirst() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withValidity(10 * DAY));
    chain.award(id, ALICE, 100, "day0");
    chain.host.advanceSeconds(3 * DAY);
    chain.award(id, ALICE, 50, "day3");

    chain.ok(ALICE, token(id), LoyaltyCalls.redeem(120, LoyaltyCalls.ref("r")));

    long now = chain.host.block().timestampSeconds();
    List<Lot> lots = reader.lots(chain.host.world(), id, ALICE, now);
    assertThat(lots).extracting(Lot::amount).containsExactly(BigInteger.valueOf(30));
    assertThat(lots.get(0).expiresAt()).isEqualTo(PointLedger.expiryOf(now, 10 * DAY));
  }

  @Test
  void transferredPointsKeepTheirExpiry() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withValidity(10 * DAY));
    long start = chain.host.block().timestampSeconds();
    chain.award(id, ALICE, 100, "a");
    chain.host.advanceSeconds(5 * DAY);
    chain.award(id, BOB, 10, "b");

    chain.ok(ALICE, token(id), LoyaltyCalls.transfer(BOB, 40));

    long now = chain.host.block().timestampSeconds();
    assertThat(reader.lots(chain.host.world(), id, BOB, now))
        .containsExactly(
            new Lot(PointLedger.expiryOf(start, 10 * DAY), BigInteger.valueOf(40)),
            new Lot(PointLedger.expiryOf(now, 10 * DAY), BigInteger.TEN));
    chain.host.advanceSeconds(PointLedger.expiryOf(start, 10 * DAY) - now);
    assertThat(chain.balance(id, BOB)).isEqualTo(10);
    assertThat(chain.balance(id, ALICE)).isZero();
    assertThat(chain.supply(id)).isEqualTo(10);
  }

  @Test
  void theNextWriteClearsExpiredPointsWithAPointsExpiredEvent() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withValidity(DAY));
    chain.award(id, ALICE, 100, "a");
    chain.host.advanceSeconds(3 * DAY);

    Outcome award = chain.award(id, ALICE, 7, "b");

    assertThat(award.logs().get(0).topics())
        .containsExactly(Word.keccak("PointsExpired(address,uint256)"), Word.of(ALICE));
    List<org.web3j.abi.datatypes.Type> lots =
        AbiCalls.decode(
            chain.view(token(id), LoyaltyCalls.lotsOf(ALICE)),
            new org.web3j.abi.TypeReference<
                org.web3j.abi.datatypes.DynamicArray<
                    org.web3j.abi.datatypes.generated.Uint64>>() {},
            new org.web3j.abi.TypeReference<
                org.web3j.abi.datatypes.DynamicArray<
                    org.web3j.abi.datatypes.generated.Uint256>>() {});
    assertThat(((List<?>) lots.get(1).getValue()))
        .extracting(u -> ((org.web3j.abi.datatypes.generated.Uint256) u).getValue())
        .containsExactly(BigInteger.valueOf(7));
    assertThat(chain.balance(id, ALICE)).isEqualTo(7);
    assertThat(chain.supply(id)).isEqualTo(7);
    assertThat(chain.host.world().load(token(id), TokenLayout.balance(ALICE)).toBigInteger())
        .isEqualTo(7);
  }

  @Test
  void awardsOnTheSameDayShareOneLot() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withValidity(30 * DAY));
    long start = chain.host.block().timestampSeconds();
    long toMidnight = DAY - start % DAY;
    for (int i = 0; i < 5; i++) {
      chain.award(id, ALICE, 10, "same-day-" + i);
      chain.host.advanceSeconds((toMidnight - 1) / 5);
    }

    assertThat(reader.lots(chain.host.world(), id, ALICE, chain.host.block().timestampSeconds()))
        .containsExactly(new Lot(PointLedger.expiryOf(start, 30 * DAY), BigInteger.valueOf(50)));
  }
}
