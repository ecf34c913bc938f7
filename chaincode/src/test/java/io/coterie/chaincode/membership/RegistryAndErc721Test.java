package io.coterie.chaincode.membership;

import static io.coterie.chaincode.membership.CardsFixture.ALICE;
import static io.coterie.chaincode.membership.CardsFixture.BOB;
import static io.coterie.chaincode.membership.CardsFixture.BRAND;
import static io.coterie.chaincode.membership.CardsFixture.CAROL;
import static io.coterie.chaincode.membership.CardsFixture.OTHER_BRAND;
import static io.coterie.chaincode.membership.CardsFixture.REGISTRY;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Bytes4;
import org.web3j.utils.Numeric;

class RegistryAndErc721Test {
  private final CardsFixture chain = new CardsFixture();

  @Test
  void brandCreatesCollectionsAtConsecutiveAddressesWithAnEvent() {
    Outcome first =
        chain.host.call(
            BRAND, REGISTRY, CardsFixture.createCollection("Coterie Member Card", "CMC", "", true));
    Outcome second =
        chain.host.call(
            OTHER_BRAND, REGISTRY, CardsFixture.createCollection("Other", "OTH", "", false));

    assertThat(AbiCalls.uint(first.result().data())).isZero();
    assertThat(AbiCalls.uint(second.result().data())).isOne();
    assertThat(first.logs()).hasSize(1);
    assertThat(first.logs().get(0).topics())
        .containsExactly(MembershipEvents.COLLECTION_CREATED.topic0(), Word.of(0), Word.of(BRAND));
    assertThat(chain.uintView(REGISTRY, "collectionCount")).isEqualTo(2);
    assertThat(AbiCalls.address(chain.view(REGISTRY, fn("collectionAddress", u256(1)))))
        .isEqualTo(ChainAddress.of(0x3001));
    assertThat(AbiCalls.address(chain.view(REGISTRY, fn("collectionBrand", u256(1)))))
        .isEqualTo(OTHER_BRAND);
    ChainAddress token = ChainAddress.of(0x3000);
    assertThat(AbiCalls.string(chain.view(token, fn("name")))).isEqualTo("Coterie Member Card");
    assertThat(AbiCalls.string(chain.view(token, fn("symbol")))).isEqualTo("CMC");
    assertThat(AbiCalls.address(chain.view(token, fn("owner")))).isEqualTo(BRAND);
    assertThat(AbiCalls.bool(chain.view(token, fn("soulbound")))).isTrue();
  }

  @Test
  void onlyBrandRoleHoldersCreateCollections() {
    Outcome outcome =
        chain.host.call(ALICE, REGISTRY, CardsFixture.createCollection("X", "X", "", false));

    assertThat(Numeric.toHexString(outcome.result().data()))
        .isEqualTo(
            "0xe2517d3f"
                + Word.of(ALICE).toHex().substring(2)
                + StandardRoles.BRAND_ROLE.toHex().substring(2));
    assertThat(chain.uintView(REGISTRY, "collectionCount")).isZero();
  }

  @Test
  void addressesWithoutACollectionRevertUnknownCollection() {
    Outcome outcome = chain.host.call(ALICE, ChainAddress.of(0x3005), fn("totalSupply"));

    assertThat(outcome.result().data())
        .isEqualTo(MembershipErrors.UNKNOWN_COLLECTION.encode(u256(5)));
    assertThat(chain.host.call(ALICE, REGISTRY, fn("collectionAddress", u256(0))).result().data())
        .isEqualTo(MembershipErrors.UNKNOWN_COLLECTION.encode(u256(0)));
  }

  @Test
  void longNamesAndBaseUrisRoundTripThroughSolidityStringStorage() {
    String longName = "A membership card collection whose name is well over thirty-two bytes";
    chain.ok(
        BRAND,
        REGISTRY,
        CardsFixture.createCollection(longName, "LONG", "https://cards.example/meta/", false));
    ChainAddress token = ChainAddress.of(0x3000);
    chain.mintAs(token, ALICE);

    assertThat(AbiCalls.string(chain.view(token, fn("name")))).isEqualTo(longName);
    assertThat(AbiCalls.string(chain.view(token, fn("tokenURI", u256(1)))))
        .isEqualTo("https://cards.example/meta/1");
    Word head = chain.host.world().load(token, MembershipLayout.NAME_SLOT);
    assertThat(head).isEqualTo(Word.of(2L * longName.length() + 1));
  }

  @Test
  void mintEmitsTransferAndSelfDelegatesTheFirstTimeHolder() {
    ChainAddress token = chain.create("Cards", false);

    Outcome outcome = chain.host.call(BRAND, token, CardsFixture.mint(ALICE, 2));

    assertThat(AbiCalls.uint(outcome.result().data())).isOne();
    assertThat(outcome.logs())
        .extracting(LogEntry::topics)
        .containsExactly(
            MembershipEvents.TRANSFER.topics(Word.ZERO, Word.of(ALICE), Word.of(1)),
            MembershipEvents.DELEGATE_CHANGED.topics(Word.of(ALICE), Word.ZERO, Word.of(ALICE)),
            MembershipEvents.DELEGATE_VOTES_CHANGED.topics(Word.of(ALICE)));
    assertThat(outcome.logs().get(2).dataHex())
        .isEqualTo(
            Numeric.toHexString(MembershipEvents.DELEGATE_VOTES_CHANGED.data(u256(0), u256(1))));
    assertThat(AbiCalls.address(chain.view(token, fn("ownerOf", u256(1))))).isEqualTo(ALICE);
    assertThat(chain.uintView(token, "balanceOf", addr(ALICE))).isOne();
    assertThat(chain.uintView(token, "tierOf", u256(1))).isEqualTo(2);
  }

  @Test
  void onlyTheCreatingBrandMints() {
    ChainAddress token = chain.create("Cards", false);

    Outcome outcome = chain.host.call(OTHER_BRAND, token, CardsFixture.mint(ALICE, 0));

    assertThat(outcome.result().data())
        .isEqualTo(MembershipErrors.NOT_COLLECTION_BRAND.encode(addr(OTHER_BRAND), addr(BRAND)));
    assertThat(chain.uintView(token, "totalSupply")).isZero();
  }

  @Test
  void missingTokensAndTheZeroOwnerRevertWithOzErrors() {
    ChainAddress token = chain.create("Cards", false);

    assertThat(
            Numeric.toHexString(
                chain.host.call(ALICE, token, fn("ownerOf", u256(7))).result().data()))
        .isEqualTo("0x7e273289" + Word.of(7).toHex().substring(2));
    assertThat(
            chain.host.call(ALICE, token, fn("balanceOf", addr(ChainAddress.ZERO))).result().data())
        .isEqualTo(MembershipErrors.ERC721_INVALID_OWNER.encode(addr(ChainAddress.ZERO)));
    assertThat(chain.host.call(ALICE, token, fn("tokenURI", u256(7))).result().data())
        .isEqualTo(MembershipErrors.ERC721_NONEXISTENT_TOKEN.encode(u256(7)));
  }

  @Test
  void ownerApprovedAndOperatorMayTransferOthersMayNot() {
    ChainAddress token = chain.create("Cards", false);
    chain.mintAs(token, ALICE);
    chain.mintAs(token, ALICE);

    Outcome stranger = chain.host.call(BOB, token, CardsFixture.transferFrom(ALICE, BOB, 1));
    assertThat(stranger.result().data())
        .isEqualTo(MembershipErrors.ERC721_INSUFFICIENT_APPROVAL.encode(addr(BOB), u256(1)));

    Outcome approval = chain.host.call(ALICE, token, fn("approve", addr(BOB), u256(1)));
    assertThat(approval.logs().get(0).topics())
        .containsExactly(
            MembershipEvents.APPROVAL.topic0(), Word.of(ALICE), Word.of(BOB), Word.of(1));
    chain.ok(BOB, token, CardsFixture.transferFrom(ALICE, CAROL, 1));
    assertThat(AbiCalls.address(chain.view(token, fn("ownerOf", u256(1))))).isEqualTo(CAROL);
    assertThat(AbiCalls.address(chain.view(token, fn("getApproved", u256(1)))))
        .isEqualTo(ChainAddress.ZERO);

    chain.ok(ALICE, token, fn("setApprovalForAll", addr(BOB), new Bool(true)));
    assertThat(AbiCalls.bool(chain.view(token, fn("isApprovedForAll", addr(ALICE), addr(BOB)))))
        .isTrue();
    chain.ok(BOB, token, fn("safeTransferFrom", addr(ALICE), addr(BOB), u256(2)));
    assertThat(chain.uintView(token, "balanceOf", addr(ALICE))).isZero();
  }

  @Test
  void transferChecksReceiverAndOwnerInOzOrder() {
    ChainAddress token = chain.create("Cards", false);
    chain.mintAs(token, ALICE);

    assertThat(
            chain
                .host
                .call(ALICE, token, CardsFixture.transferFrom(ALICE, ChainAddress.ZERO, 1))
                .result()
                .data())
        .isEqualTo(MembershipErrors.ERC721_INVALID_RECEIVER.encode(addr(ChainAddress.ZERO)));
    assertThat(
            chain.host.call(ALICE, token, CardsFixture.transferFrom(BOB, CAROL, 1)).result().data())
        .isEqualTo(MembershipErrors.ERC721_INCORRECT_OWNER.encode(addr(BOB), u256(1), addr(ALICE)));
    assertThat(
            chain
                .host
                .call(
                    ALICE, token, fn("setApprovalForAll", addr(ChainAddress.ZERO), new Bool(true)))
                .result()
                .data())
        .isEqualTo(MembershipErrors.ERC721_INVALID_OPERATOR.encode(addr(ChainAddress.ZERO)));
    assertThat(chain.host.call(BOB, token, fn("approve", addr(BOB), u256(1))).result().data())
        .isEqualTo(MembershipErrors.ERC721_INVALID_APPROVER.encode(addr(BOB)));
  }

  @Test
  void safeTransferWithDataBehavesAsTransferFrom() {
    ChainAddress token = chain.create("Cards", false);
    chain.mintAs(token, ALICE);

    Outcome outcome =
        chain.host.call(
            ALICE,
            token,
            fn(
                "safeTransferFrom",
                addr(ALICE),
                addr(BOB),
                u256(1),
                new DynamicBytes(new byte[] {1, 2, 3})));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.logs().get(0).topics())
        .containsExactly(
            MembershipEvents.TRANSFER.topic0(), Word.of(ALICE), Word.of(BOB), Word.of(1));
  }

  @Test
  void enumerationFollowsOzSwapAndPop() {
    ChainAddress token = chain.create("Cards", false);
    for (int i = 0; i < 3; i++) {
      chain.mintAs(token, ALICE);
    }

    chain.ok(ALICE, token, CardsFixture.transferFrom(ALICE, BOB, 1));

    assertThat(chain.uintView(token, "totalSupply")).isEqualTo(3);
    assertThat(chain.uintView(token, "tokenByIndex", u256(0))).isEqualTo(1);
    assertThat(chain.uintView(token, "tokenOfOwnerByIndex", addr(ALICE), u256(0))).isEqualTo(3);
    assertThat(chain.uintView(token, "tokenOfOwnerByIndex", addr(ALICE), u256(1))).isEqualTo(2);
    assertThat(chain.uintView(token, "tokenOfOwnerByIndex", addr(BOB), u256(0))).isEqualTo(1);
    assertThat(
            chain
                .host
                .call(ALICE, token, fn("tokenOfOwnerByIndex", addr(ALICE), u256(2)))
                .result()
                .data())
        .isEqualTo(MembershipErrors.ERC721_OUT_OF_BOUNDS_INDEX.encode(addr(ALICE), u256(2)));
    assertThat(chain.host.call(ALICE, token, fn("tokenByIndex", u256(3))).result().data())
        .isEqualTo(
            MembershipErrors.ERC721_OUT_OF_BOUNDS_INDEX.encode(addr(ChainAddress.ZERO), u256(3)));
  }

  @Test
  void soulboundCardsAreLockedAtMintAndNeverMove() {
    ChainAddress token = chain.create("Member Card", true);

    Outcome mint = chain.host.call(BRAND, token, CardsFixture.mint(ALICE, 0));
    Outcome transfer = chain.host.call(ALICE, token, CardsFixture.transferFrom(ALICE, BOB, 1));

    assertThat(mint.logs())
        .contains(
            new LogEntry(
                token,
                List.of(Word.keccak("Locked(uint256)")),
                Numeric.toHexString(Word.of(1).bytes())));
    assertThat(AbiCalls.bool(chain.view(token, fn("locked", u256(1))))).isTrue();
    assertThat(transfer.result().data()).isEqualTo(MembershipErrors.SOULBOUND_CARD.encode(u256(1)));
    assertThat(AbiCalls.address(chain.view(token, fn("ownerOf", u256(1))))).isEqualTo(ALICE);
  }

  @Test
  void transferableCardsAreNotLocked() {
    ChainAddress token = chain.create("Cards", false);
    chain.mintAs(token, ALICE);

    assertThat(AbiCalls.bool(chain.view(token, fn("locked", u256(1))))).isFalse();
  }

  @Test
  void supportsTheStandardInterfaceIds() {
    ChainAddress token = chain.create("Cards", true);
    for (String id :
        List.of("0x01ffc9a7", "0x80ac58cd", "0x5b5e139f", "0x780e9d63", "0xb45a3c0e")) {
      assertThat(
              AbiCalls.bool(
                  chain.view(
                      token,
                      fn("supportsInterface", new Bytes4(Numeric.hexStringToByteArray(id))))))
          .as(id)
          .isTrue();
    }
    assertThat(
            AbiCalls.bool(
                chain.view(
                    token,
                    fn(
                        "supportsInterface",
                        new Bytes4(Numeric.hexStringToByteArray("0xffffffff"))))))
        .isFalse();
  }

  @Test
  void storageMatchesTheDocumentedLayout() {
    ChainAddress token = chain.create("Cards", false);
    chain.mintAs(token, ALICE);
    var storage = chain.host.world().storageOf(token);

    assertThat(storage.get(MembershipLayout.owner(BigInteger.ONE))).isEqualTo(Word.of(ALICE));
    assertThat(storage.get(Word.keccak(concat(Word.of(ALICE), Word.of(3))))).isEqualTo(Word.of(1));
    assertThat(storage.get(Word.of(8))).isEqualTo(Word.of(1));
    assertThat(storage.get(Word.keccak(Word.of(8).bytes()))).isEqualTo(Word.of(1));
    assertThat(storage.get(Word.of(13))).isEqualTo(Word.of(BRAND));
    Word checkpoints = Word.keccak(concat(Word.of(ALICE), Word.of(11)));
    assertThat(storage.get(checkpoints)).isEqualTo(Word.of(1));
    long block = chain.host.block().number();
    assertThat(storage.get(Word.keccak(checkpoints.bytes())))
        .isEqualTo(Word.of(BigInteger.ONE.shiftLeft(48).or(BigInteger.valueOf(block))));
  }

  private static byte[] concat(Word a, Word b) {
    return Numeric.hexStringToByteArray(a.toHex() + b.toHex().substring(2));
  }
}
