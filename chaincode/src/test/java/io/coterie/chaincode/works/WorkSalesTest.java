package io.coterie.chaincode.works;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.MEMBER_KEYS;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.works.WorksFixture.START_POINTS;
import static io.coterie.chaincode.works.WorksFixture.WORKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.loyalty.LoyaltyErrors;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Paid uses and resales pay the creator's royalty in points in the same call, or nothing moves. */
class WorkSalesTest {
  private final WorksFixture works = new WorksFixture();
  private final long id = works.mint(member(0), "look-1", 1_000);

  private void assertPoints(ChainAddress who, long expected) {
    assertThat(works.points(who)).as("points of %s", who).isEqualTo(BigInteger.valueOf(expected));
  }

  private static void assertReverts(Outcome outcome, byte[] expected) {
    assertThat(outcome.succeeded()).as("%s", outcome).isFalse();
    assertThat(outcome.result().data()).isEqualTo(expected);
  }

  @Test
  void aShopBuyingAUseOfTheCreatorsOwnWorkPaysTheCreatorThePrice() {
    works.approvePoints(SHOP, 300);
    Outcome use = works.call(SHOP, works.buyUse(id, 300));

    assertThat(use.succeeded()).as("%s", use).isTrue();
    assertThat(AbiCalls.uint(use.result().data())).isOne();
    assertPoints(SHOP, START_POINTS - 300);
    assertPoints(member(0), START_POINTS + 300);
    assertThat(works.chain.uint(WORKS, "usesOf", u256(id))).isOne();
    assertThat(use.logs().get(use.logs().size() - 1).topics().get(0))
        .isEqualTo(WorksEvents.USE_PURCHASED.topic0());
  }

  @Test
  void aResaleThroughAListingPaysTheRoyaltyAndMovesTheWorkAtomically() {
    works.chain.ok(
        member(0), WORKS, fn("transferFrom", addr(member(0)), addr(member(1)), u256(id)));
    works.chain.ok(member(1), WORKS, works.list(id, 1_005));
    assertReverts(
        works.call(member(1), fn("transferFrom", addr(member(1)), addr(member(3)), u256(id))),
        WorksErrors.WORK_IS_LISTED.encode(
            AbiValues.uint256(id), AbiValues.uint256(works.program), AbiValues.uint256(1_005)));
    works.approvePoints(member(2), 1_005);

    Outcome bought = works.call(member(2), fn("buy", u256(id)));

    assertThat(bought.succeeded()).as("%s", bought).isTrue();
    assertThat(works.ownerOf(id)).isEqualTo(member(2));
    assertPoints(member(0), START_POINTS + 100); // floor(1005 * 10 %)
    assertPoints(member(1), START_POINTS + 905);
    assertPoints(member(2), START_POINTS - 1_005);
    assertReverts(
        works.call(member(3), fn("buy", u256(id))),
        WorksErrors.NOT_LISTED.encode(AbiValues.uint256(id)));
  }

  @Test
  void aUseOfAResoldWorkSplitsBetweenHolderAndCreator() {
    works.chain.ok(
        member(0), WORKS, fn("transferFrom", addr(member(0)), addr(member(1)), u256(id)));
    works.approvePoints(SHOP, 50);
    works.chain.ok(SHOP, WORKS, works.buyUse(id, 50));
    assertPoints(member(0), START_POINTS + 5);
    assertPoints(member(1), START_POINTS + 45);
  }

  @Test
  void withoutEnoughAllowanceNothingMoves() {
    works.chain.ok(member(0), WORKS, works.list(id, 500));
    works.approvePoints(member(2), 499);

    Outcome refused = works.call(member(2), fn("buy", u256(id)));

    assertReverts(
        refused,
        LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE.encode(
            AbiValues.address(WORKS), AbiValues.uint256(499), AbiValues.uint256(500)));
    assertThat(works.ownerOf(id)).isEqualTo(member(0));
    assertPoints(member(2), START_POINTS);
    assertPoints(member(0), START_POINTS);
  }

  @Test
  void aSaleReservedForOneBuyerIsRefusedToOthers() {
    works.chain.ok(
        member(0), WORKS, fn("sell", u256(id), addr(member(1)), u256(works.program), u256(200)));
    works.approvePoints(member(2), 200);
    assertReverts(
        works.call(member(2), fn("buy", u256(id))),
        WorksErrors.RESERVED_FOR_OTHER_BUYER.encode(
            AbiValues.uint256(id), AbiValues.address(member(2)), AbiValues.address(member(1))));
    long deadline = works.chain.host.block().timestampSeconds() + 60;
    TypedDataSigner.Vrs sig =
        TypedDataSigner.permit(
            MEMBER_KEYS.get(1),
            "Creator Points",
            ModulesFixture.points(works.program),
            WORKS,
            BigInteger.valueOf(200),
            0,
            deadline);
    Outcome bought =
        works.call(
            member(1), fn("buyWithPermit", u256(id), u256(deadline), sig.v(), sig.r(), sig.s()));
    assertThat(bought.succeeded()).as("%s", bought).isTrue();
    assertThat(works.ownerOf(id)).isEqualTo(member(1));
    assertPoints(member(0), START_POINTS + 200); // the creator sold: price and royalty are hers
  }

  @Test
  void listingsAreTheHoldersAndNeedAPriceInATransferableProgram() {
    assertReverts(
        works.call(member(1), works.list(id, 10)),
        WorksErrors.NOT_WORK_OWNER.encode(
            AbiValues.uint256(id), AbiValues.address(member(1)), AbiValues.address(member(0))));
    assertReverts(
        works.call(member(0), works.list(id, 0)),
        WorksErrors.INVALID_PRICE.encode(AbiValues.uint256(0)));
    long frozen = works.chain.createProgram("Frozen", false, 0);
    assertReverts(
        works.call(member(0), fn("list", u256(id), u256(frozen), u256(10))),
        WorksErrors.INVALID_PAYMENT.encode(
            AbiValues.uint256(frozen),
            AbiValues.string(
                "its points cannot be transferred; price it in a transferable program")));
    assertReverts(
        works.call(member(0), fn("sell", u256(id), addr(member(0)), u256(works.program), u256(9))),
        WorksErrors.BUYER_IS_HOLDER.encode(AbiValues.uint256(id), AbiValues.address(member(0))));
    assertReverts(
        works.call(member(0), fn("sell", u256(id), addr(WORKS), u256(works.program), u256(9))),
        WorksErrors.ERC721_INVALID_RECEIVER.encode(AbiValues.address(WORKS)));
    assertReverts(
        works.call(member(0), fn("cancelListing", u256(id))),
        WorksErrors.NOT_LISTED.encode(AbiValues.uint256(id)));
    works.chain.ok(member(0), WORKS, works.list(id, 10));
    assertReverts(
        works.call(member(0), fn("buy", u256(id))),
        WorksErrors.BUYER_IS_HOLDER.encode(AbiValues.uint256(id), AbiValues.address(member(0))));
    Outcome cancelled = works.call(member(0), fn("cancelListing", u256(id)));
    assertThat(cancelled.succeeded()).as("%s", cancelled).isTrue();
    works.chain.ok(
        member(0), WORKS, fn("transferFrom", addr(member(0)), addr(member(1)), u256(id)));
    assertThat(works.ownerOf(id)).isEqualTo(member(1));
  }

  @Test
  void theHolderCannotBuyAUseOfTheirOwnWorkAndAUseHasAPrice() {
    assertReverts(
        works.call(member(0), works.buyUse(id, 10)),
        WorksErrors.BUYER_IS_HOLDER.encode(AbiValues.uint256(id), AbiValues.address(member(0))));
    assertReverts(
        works.call(SHOP, works.buyUse(id, 0)),
        WorksErrors.INVALID_PRICE.encode(AbiValues.uint256(0)));
    assertReverts(
        works.call(SHOP, fn("buyUse", u256(id), u256(4_096), u256(1))),
        WorksErrors.INVALID_PAYMENT.encode(
            AbiValues.uint256(4_096),
            AbiValues.string("no such loyalty program; price it in an existing program")));
    assertReverts(
        works.call(SHOP, works.buyUse(99, 1)),
        WorksErrors.ERC721_NONEXISTENT_TOKEN.encode(AbiValues.uint256(99)));
  }
}
