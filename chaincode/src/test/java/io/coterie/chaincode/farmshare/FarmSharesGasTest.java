package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.farmshare.FarmShareFixture.ALICE;
import static io.coterie.chaincode.farmshare.FarmShareFixture.BOB;
import static io.coterie.chaincode.farmshare.FarmShareFixture.FARM;
import static io.coterie.chaincode.farmshare.FarmShareFixture.FARM_PREFIX;
import static io.coterie.chaincode.farmshare.FarmShareFixture.OTHER_FARM;
import static io.coterie.chaincode.farmshare.FarmShareFixture.gtin;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gas figures documented in IFarmShares.sol (precompile gas, without the transaction's
 * intrinsic 21000 + calldata), for a season named "Summer box" with 4 weekly deliveries.
 */
class FarmSharesGasTest {
  private final FarmShareFixture f = new FarmShareFixture();

  private long gas(ChainAddress from, byte[] input) {
    var outcome = f.call(from, input);
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    return outcome.gasUsed();
  }

  private long viewGas(byte[] input) {
    var outcome = f.chain.host.staticCall(ALICE, FarmShareFixture.SHARES, input);
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    return outcome.gasUsed();
  }

  @Test
  void offersCostTheDocumentedGas() {
    long start = f.now() + FarmShareFixture.DAY;
    long week = 7 * FarmShareFixture.DAY;
    List<Long> dates = List.of(start, start + week, start + 2 * week, start + 3 * week);
    long explicit =
        gas(FARM, FarmShareCalls.offerSeason(1, "Summer box", 20, f.program, 50, start, dates));
    long byInterval =
        gas(
            FARM,
            FarmShareCalls.offerSeasonByInterval(
                2, "Summer box", 20, f.program, 50, start, 4, week));
    assertThat(List.of(explicit, byInterval)).containsExactly(224660L, 222612L);
  }

  @Test
  void subscriptionsAndRefundsCostTheDocumentedGas() {
    f.offer(1, 20, 50, 4);
    f.fund(ALICE, 500);
    long first = gas(ALICE, FarmShareCalls.subscribe(1, 2));
    long more = gas(ALICE, FarmShareCalls.subscribe(1, 1));
    f.chain.award(f.program, BOB, 100);
    long deadline = f.now() + 600;
    long permit =
        gas(BOB, FarmShareCalls.subscribeWithPermit(1, 2, deadline, f.permit(1, 100, deadline)));
    f.approve(FARM, 1_000);
    long refund = gas(FARM, FarmShareCalls.refund(1, ALICE));
    assertThat(List.of(first, more, permit, refund))
        .containsExactly(183212L, 105312L, 186964L, 98756L);
  }

  @Test
  void deliveriesAndViewsCostTheDocumentedGas() {
    long start = f.offer(1, 20, 50, 4);
    f.fund(ALICE, 500);
    f.ok(ALICE, FarmShareCalls.subscribe(1, 1));
    Word own = f.commission(FARM, gtin(FARM_PREFIX, "00001"), "W1");
    f.registerPrefix(FARM_PREFIX, FARM);
    Word packed = f.commission(OTHER_FARM, gtin(FARM_PREFIX, "00002"), "W2");
    f.startSeason(start);
    long byCreator = gas(FARM, FarmShareCalls.deliver(1, 0, own));
    long byGtinOwner = gas(FARM, FarmShareCalls.deliver(1, 1, packed));
    long season = viewGas(FarmShareCalls.season(1));
    long schedule = viewGas(FarmShareCalls.deliverySchedule(1));
    long shares = viewGas(FarmShareCalls.sharesOf(1, ALICE));
    long deliveries = viewGas(FarmShareCalls.deliveriesOf(1, ALICE));
    assertThat(List.of(byCreator, byGtinOwner, season, schedule, shares, deliveries))
        .containsExactly(73031L, 100331L, 21476L, 31976L, 7288L, 17788L);
  }
}
