package io.coterie.chaincode.membership;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.MEMBER_KEYS;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.collection;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.loyalty.LoyaltyErrors;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint64;

/** Drops paid in points and delivered as item tokens, in one call each way. */
class DropSettlementTest {
  private static final long PRICE = 120;

  private final ModulesFixture chain = new ModulesFixture();
  private final long program = chain.createProgram("Drop Points", true, 0);
  private final long cards = chain.createMemberCollection(List.of(member(0), member(1)));
  private final long items = chain.createCollection("Trench", false);
  private final ChainAddress shop = collection(cards);
  private final long now = chain.host.block().timestampSeconds();

  DropSettlementTest() {
    chain.award(program, member(0), 500);
    chain.award(program, member(1), 500);
    chain.award(program, member(2), 500);
  }

  private long createDrop(long supply) {
    return AbiCalls.uint(
            chain.ok(ADMIN, shop, createDropCall(now, now + 100, supply, items, program, PRICE)))
        .longValueExact();
  }

  static byte[] createDropCall(
      long memberOpensAt, long publicOpensAt, long supply, long items, long program, long price) {
    return fn(
        "createDrop",
        new Uint64(memberOpensAt),
        new Uint64(publicOpensAt),
        u256(supply),
        u256(items),
        u256(program),
        u256(price));
  }

  private BigInteger balance(ChainAddress who) {
    return chain.uint(points(program), "balanceOf", addr(who));
  }

  private void approve(ChainAddress owner, long amount) {
    chain.ok(owner, points(program), fn("approve", addr(shop), u256(amount)));
  }

  @Test
  void aPurchasePaysThePriceToThePayeeAndMintsTheItemInOneCall() {
    long drop = createDrop(2);
    approve(member(0), PRICE);

    Outcome bought = chain.call(member(0), shop, fn("buy", u256(drop)));

    assertThat(bought.succeeded()).as("%s", bought).isTrue();
    assertThat(AbiCalls.uint(bought.result().data())).isOne();
    assertThat(balance(member(0))).isEqualTo(BigInteger.valueOf(500 - PRICE));
    assertThat(balance(ADMIN)).isEqualTo(BigInteger.valueOf(PRICE));
    BigInteger item = chain.uint(shop, "itemOf", u256(drop), addr(member(0)));
    assertThat(
            AbiCalls.address(chain.view(collection(items), fn("ownerOf", u256(item.longValue())))))
        .isEqualTo(member(0));
    assertThat(chain.uint(points(program), "allowance", addr(member(0)), addr(shop))).isZero();
    LogEntry purchase = bought.logs().get(bought.logs().size() - 1);
    assertThat(purchase.topics())
        .containsExactly(
            MembershipEvents.DROP_PURCHASED.topic0(), Word.of(drop), Word.of(member(0)));
    assertThat(purchase.dataHex())
        .isEqualTo(
            org.web3j.utils.Numeric.toHexString(
                MembershipEvents.DROP_PURCHASED.data(
                    AbiValues.uint256(1),
                    AbiValues.bool(true),
                    AbiValues.uint256(item),
                    AbiValues.uint256(PRICE))));
    assertThat(bought.logs().stream().map(LogEntry::emitter))
        .as("the audit trail: points move on the token, the item on its collection")
        .contains(points(program), collection(items), shop);
  }

  @Test
  void withoutAllowanceThePurchaseRevertsWithTheTokensErrorAndMintsNothing() {
    long drop = createDrop(2);
    approve(member(0), PRICE - 1);

    Outcome refused = chain.call(member(0), shop, fn("buy", u256(drop)));

    assertThat(refused.result().data())
        .isEqualTo(
            LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE.encode(
                AbiValues.address(shop), AbiValues.uint256(PRICE - 1), AbiValues.uint256(PRICE)));
    assertThat(chain.uint(collection(items), "totalSupply")).isZero();
    assertThat(chain.uint(shop, "purchaseOf", u256(drop), addr(member(0)))).isZero();
    assertThat(balance(member(0))).isEqualTo(BigInteger.valueOf(500));
  }

  @Test
  void aPermitSignedByTheBuyerPaysInTheSameCall() {
    long drop = createDrop(2);
    long deadline = now + 3_600;
    TypedDataSigner.Vrs sig =
        TypedDataSigner.permit(
            MEMBER_KEYS.get(1),
            "Drop Points",
            points(program),
            shop,
            BigInteger.valueOf(PRICE),
            0,
            deadline);

    Outcome bought =
        chain.call(
            member(1),
            shop,
            fn("buyWithPermit", u256(drop), u256(deadline), sig.v(), sig.r(), sig.s()));

    assertThat(bought.succeeded()).as("%s", bought).isTrue();
    assertThat(balance(member(1))).isEqualTo(BigInteger.valueOf(500 - PRICE));
    assertThat(chain.uint(collection(items), "balanceOf", addr(member(1)))).isOne();
    Outcome replay =
        chain.call(
            member(2),
            shop,
            fn("buyWithPermit", u256(drop), u256(deadline), sig.v(), sig.r(), sig.s()));
    assertThat(replay.succeeded()).as("someone else's permit pays for nobody").isFalse();
    assertThat(chain.uint(collection(items), "balanceOf", addr(member(2)))).isZero();
  }

  @Test
  void thePayeeRefundsExplicitlyWhichBurnsTheItemAndRestocks() {
    long drop = createDrop(1);
    approve(member(0), PRICE);
    chain.ok(member(0), shop, fn("buy", u256(drop)));
    BigInteger item = chain.uint(shop, "itemOf", u256(drop), addr(member(0)));

    assertThat(
            chain.call(OUTSIDER, shop, fn("refund", u256(drop), addr(member(0)))).result().data())
        .isEqualTo(
            MembershipErrors.NOT_DROP_PAYEE.encode(
                AbiValues.address(OUTSIDER), AbiValues.address(ADMIN)));
    chain.ok(ADMIN, points(program), fn("approve", addr(shop), u256(PRICE)));
    Outcome refunded = chain.call(ADMIN, shop, fn("refund", u256(drop), addr(member(0))));

    assertThat(refunded.succeeded()).as("%s", refunded).isTrue();
    assertThat(balance(member(0))).isEqualTo(BigInteger.valueOf(500));
    assertThat(balance(ADMIN)).isZero();
    assertThat(
            chain
                .call(OUTSIDER, collection(items), fn("ownerOf", u256(item.longValue())))
                .result()
                .data())
        .isEqualTo(MembershipErrors.ERC721_NONEXISTENT_TOKEN.encode(AbiValues.uint256(item)));
    assertThat(chain.uint(shop, "purchaseOf", u256(drop), addr(member(0)))).isZero();
    assertThat(AbiCalls.bool(chain.view(shop, fn("canBuy", u256(drop), addr(member(1))))))
        .as("the refunded item is back in stock")
        .isTrue();
    assertThat(chain.call(ADMIN, shop, fn("refund", u256(drop), addr(member(0)))).result().data())
        .isEqualTo(
            MembershipErrors.NOT_PURCHASED.encode(
                AbiValues.uint256(drop), AbiValues.address(member(0))));
  }

  @Test
  void aRefundNeedsTheBuyerToStillHoldTheItem() {
    long drop = createDrop(1);
    approve(member(0), PRICE);
    chain.ok(member(0), shop, fn("buy", u256(drop)));
    BigInteger item = chain.uint(shop, "itemOf", u256(drop), addr(member(0)));
    chain.ok(
        member(0),
        collection(items),
        fn("transferFrom", addr(member(0)), addr(member(2)), u256(item.longValue())));

    Outcome refused = chain.call(ADMIN, shop, fn("refund", u256(drop), addr(member(0))));

    assertThat(refused.result().data())
        .isEqualTo(
            MembershipErrors.ITEM_NOT_HELD.encode(
                AbiValues.uint256(item),
                AbiValues.address(member(0)),
                AbiValues.address(member(2))));
  }

  @Test
  void dropTermsAreCheckedAtCreationWithReasons() {
    long locked = chain.createProgram("Locked Points", false, 0);
    long foreign = chain.createMemberCollection(List.of());

    assertThat(reason(createDropCall(now, now, 1, items, program, 0))).contains("price above 0");
    assertThat(reason(createDropCall(now, now, 1, items, 99, PRICE))).contains("no such loyalty");
    assertThat(reason(createDropCall(now, now, 1, items, locked, PRICE))).contains("transferred");
    assertThat(reason(createDropCall(now, now, 1, cards, program, PRICE)))
        .contains("own collection");
    assertThat(reason(createDropCall(now, now, 1, foreign, program, PRICE))).contains("member");
    assertThat(reason(createDropCall(now, now, 1, 77, program, PRICE)))
        .contains("no such collection");
    assertThat(
            chain
                .call(ADMIN, shop, createDropCall(now + 9, now, 1, items, program, PRICE))
                .result()
                .data())
        .isEqualTo(
            MembershipErrors.INVALID_DROP.encode(
                new Uint64(now + 9), new Uint64(now), AbiValues.uint256(1)));
  }

  @Test
  void theDropTermsAreReadable() {
    long drop = createDrop(3);

    List<org.web3j.abi.datatypes.Type> terms =
        AbiCalls.decode(
            chain.view(shop, fn("dropTerms", u256(drop))),
            new org.web3j.abi.TypeReference<org.web3j.abi.datatypes.generated.Uint256>() {},
            new org.web3j.abi.TypeReference<org.web3j.abi.datatypes.generated.Uint256>() {},
            new org.web3j.abi.TypeReference<org.web3j.abi.datatypes.generated.Uint256>() {},
            new org.web3j.abi.TypeReference<org.web3j.abi.datatypes.Address>() {},
            new org.web3j.abi.TypeReference<org.web3j.abi.datatypes.generated.Uint256>() {});

    assertThat(terms.get(0).getValue()).isEqualTo(BigInteger.valueOf(items));
    assertThat(terms.get(1).getValue()).isEqualTo(BigInteger.valueOf(program));
    assertThat(terms.get(2).getValue()).isEqualTo(BigInteger.valueOf(PRICE));
    assertThat(terms.get(3).getValue()).isEqualTo(ADMIN.toHex());
  }

  private String reason(byte[] createDrop) {
    byte[] data = chain.call(ADMIN, shop, createDrop).result().data();
    return new String(data, java.nio.charset.StandardCharsets.UTF_8);
  }
}
