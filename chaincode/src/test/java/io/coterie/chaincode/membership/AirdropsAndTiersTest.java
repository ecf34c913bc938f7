package io.coterie.chaincode.membership;

import static io.coterie.chaincode.membership.CardsFixture.ALICE;
import static io.coterie.chaincode.membership.CardsFixture.BOB;
import static io.coterie.chaincode.membership.CardsFixture.BRAND;
import static io.coterie.chaincode.membership.CardsFixture.CAROL;
import static io.coterie.chaincode.membership.CardsFixture.OTHER_BRAND;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint8;

/** Airdrops in list and token order, bounded per call, and tiers set by the brand. */
class AirdropsAndTiersTest {
  private final CardsFixture chain = new CardsFixture();
  private final ChainAddress token = chain.create("Member Card", true);

  @Test
  void airdropMintsInListOrderAndSkipsHolders() {
    chain.mintAs(token, BOB);

    Outcome outcome =
        chain.host.call(BRAND, token, CardsFixture.airdrop(List.of(ALICE, BOB, CAROL, ALICE), 3));

    assertThat(AbiCalls.uint(outcome.result().data())).isEqualTo(2);
    assertThat(AbiCalls.address(chain.view(token, fn("ownerOf", u256(2))))).isEqualTo(ALICE);
    assertThat(AbiCalls.address(chain.view(token, fn("ownerOf", u256(3))))).isEqualTo(CAROL);
    assertThat(chain.uintView(token, "tierOf", u256(3))).isEqualTo(3);
    assertThat(chain.uintView(token, "totalSupply")).isEqualTo(3);
  }

  @Test
  void airdropsAreBoundedPerCall() {
    List<ChainAddress> many = new ArrayList<>();
    for (int i = 1; i <= CardAdminHandlers.MAX_AIRDROP + 1; i++) {
      many.add(ChainAddress.of(0x10000 + i));
    }

    Outcome outcome = chain.host.call(BRAND, token, CardsFixture.airdrop(many, 0));

    assertThat(outcome.result().data())
        .isEqualTo(MembershipErrors.AIRDROP_TOO_LARGE.encode(u256(51), u256(50)));
  }

  @Test
  void airdropToHoldersFollowsTheSourceTokenOrder() {
    chain.ok(BRAND, token, CardsFixture.airdrop(List.of(CAROL, ALICE, BOB), 0));
    ChainAddress perks = chain.create("Perks", false);
    chain.mintAs(perks, ALICE);

    Outcome outcome = chain.host.call(BRAND, perks, fn("airdropToHolders", u256(0), new Uint8(1)));

    assertThat(AbiCalls.uint(outcome.result().data())).isEqualTo(2);
    assertThat(AbiCalls.address(chain.view(perks, fn("ownerOf", u256(2))))).isEqualTo(CAROL);
    assertThat(AbiCalls.address(chain.view(perks, fn("ownerOf", u256(3))))).isEqualTo(BOB);
    assertThat(
            chain
                .host
                .call(BRAND, perks, fn("airdropToHolders", u256(7), new Uint8(1)))
                .result()
                .data())
        .isEqualTo(MembershipErrors.UNKNOWN_COLLECTION.encode(u256(7)));
  }

  @Test
  void theBrandSetsTiersWithAnEvent() {
    chain.mintAs(token, ALICE);

    Outcome outcome = chain.host.call(BRAND, token, fn("setTier", u256(1), new Uint8(4)));
    Outcome stranger = chain.host.call(OTHER_BRAND, token, fn("setTier", u256(1), new Uint8(9)));

    assertThat(outcome.logs().get(0).topics())
        .containsExactly(MembershipEvents.TIER_CHANGED.topic0(), Word.of(1));
    assertThat(chain.uintView(token, "tierOf", u256(1))).isEqualTo(4);
    assertThat(stranger.result().data())
        .isEqualTo(MembershipErrors.NOT_COLLECTION_BRAND.encode(addr(OTHER_BRAND), addr(BRAND)));
  }

  @Test
  void aTierAbove255IsMalformedCalldata() {
    chain.mintAs(token, ALICE);
    byte[] input = fn("setTier", u256(1), new Uint8(4));
    input[4 + 32 + 30] = 1;

    assertThat(chain.host.call(BRAND, token, input).result().data())
        .isEqualTo(io.coterie.chaincode.abi.StandardErrors.MALFORMED_CALLDATA.encode());
  }
}
