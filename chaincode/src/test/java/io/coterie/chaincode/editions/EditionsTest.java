package io.coterie.chaincode.editions;

import static io.coterie.chaincode.editions.EditionCalls.EDITIONS;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Bytes4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/** Editions: creation, capped airdrops and ERC-1155 transfers, each revert included. */
class EditionsTest {
  private final ModulesFixture chain = new ModulesFixture();

  private long create(long cap) {
    return AbiCalls.uint(chain.ok(ADMIN, EDITIONS, EditionCalls.create(cap, "ipfs://ed")))
        .longValueExact();
  }

  private BigInteger balance(ChainAddress who, long id) {
    return AbiCalls.uint(chain.view(EDITIONS, EditionCalls.balanceOf(who, id)));
  }

  private static void assertReverts(Outcome outcome, byte[] expected) {
    assertThat(outcome.succeeded()).as("%s", outcome).isFalse();
    assertThat(outcome.result().data()).isEqualTo(expected);
  }

  @Test
  void aBrandCreatesAnEditionAndAirdropsItUpToTheCap() {
    Outcome created = chain.call(ADMIN, EDITIONS, EditionCalls.create(3, "ipfs://lipstick"));
    assertThat(created.succeeded()).as("%s", created).isTrue();
    assertThat(created.logs().get(1).topics())
        .containsExactly(EditionsEvents.URI.topic0(), Word.of(1));
    assertThat(AbiCalls.string(chain.view(EDITIONS, fn("uri", u256(1)))))
        .isEqualTo("ipfs://lipstick");

    Outcome dropped =
        chain.call(
            ADMIN,
            EDITIONS,
            EditionCalls.airdrop(1, List.of(member(0), member(1)), List.of(2L, 1L)));
    assertThat(dropped.succeeded()).as("%s", dropped).isTrue();
    assertThat(dropped.logs()).hasSize(2);
    assertThat(dropped.logs().get(0).topics())
        .containsExactly(
            EditionsEvents.TRANSFER_SINGLE.topic0(), Word.of(ADMIN), Word.ZERO, Word.of(member(0)));
    assertThat(balance(member(0), 1)).isEqualTo(2);
    assertThat(chain.uint(EDITIONS, "totalSupply", u256(1))).isEqualTo(3);

    assertReverts(
        chain.call(ADMIN, EDITIONS, EditionCalls.airdrop(1, List.of(member(2)), List.of(1L))),
        EditionsErrors.EDITION_CAP_EXCEEDED.encode(
            AbiValues.uint256(1),
            AbiValues.uint256(3),
            AbiValues.uint256(3),
            AbiValues.uint256(1)));
    List<?> info =
        AbiCalls.decode(
            chain.view(EDITIONS, fn("editionInfo", u256(1))),
            new TypeReference<Address>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<org.web3j.abi.datatypes.Utf8String>() {});
    assertThat(((Uint256) info.get(2)).getValue()).isEqualTo(3);
    assertThat(chain.uint(EDITIONS, "editionCount")).isOne();
  }

  @Test
  void creationAndAirdropsAreRefusedWithReasons() {
    assertReverts(
        chain.call(SHOP, EDITIONS, EditionCalls.create(3, "u")),
        EditionsErrors.NOT_A_BRAND.encode(AbiValues.address(SHOP)));
    assertReverts(
        chain.call(ADMIN, EDITIONS, EditionCalls.create(0, "u")),
        EditionsErrors.INVALID_SUPPLY_CAP.encode(AbiValues.uint256(0)));
    assertReverts(
        chain.call(ADMIN, EDITIONS, EditionCalls.create(1, "u".repeat(513))),
        EditionsErrors.URI_TOO_LONG.encode(AbiValues.uint256(513), AbiValues.uint256(512)));
    assertReverts(
        chain.call(ADMIN, EDITIONS, EditionCalls.airdrop(5, List.of(member(0)), List.of(1L))),
        EditionsErrors.UNKNOWN_EDITION.encode(AbiValues.uint256(5)));
    long id = create(10);
    assertReverts(
        chain.call(SHOP, EDITIONS, EditionCalls.airdrop(id, List.of(member(0)), List.of(1L))),
        EditionsErrors.NOT_EDITION_BRAND.encode(
            AbiValues.uint256(id), AbiValues.address(SHOP), AbiValues.address(ADMIN)));
    assertReverts(
        chain.call(ADMIN, EDITIONS, EditionCalls.airdrop(id, List.of(member(0)), List.of(1L, 2L))),
        EditionsErrors.ERC1155_INVALID_ARRAY_LENGTH.encode(
            AbiValues.uint256(1), AbiValues.uint256(2)));
    for (ChainAddress to : List.of(ChainAddress.ZERO, EDITIONS, ChainAddress.of(0x2000))) {
      assertReverts(
          chain.call(ADMIN, EDITIONS, EditionCalls.airdrop(id, List.of(to), List.of(1L))),
          EditionsErrors.ERC1155_INVALID_RECEIVER.encode(AbiValues.address(to)));
    }
    assertReverts(
        chain.call(SHOP, EDITIONS, fn("uri", u256(9))),
        EditionsErrors.UNKNOWN_EDITION.encode(AbiValues.uint256(9)));
    assertThat(chain.uint(EDITIONS, "totalSupply", u256(id))).isZero();
  }

  @Test
  void holdersTransferSinglyAndInBatchesWithOperators() {
    long a = create(10);
    long b = create(10);
    chain.ok(ADMIN, EDITIONS, EditionCalls.airdrop(a, List.of(member(0)), List.of(5L)));
    chain.ok(ADMIN, EDITIONS, EditionCalls.airdrop(b, List.of(member(0)), List.of(4L)));

    Outcome single =
        chain.call(member(0), EDITIONS, EditionCalls.transfer(member(0), member(1), a, 2));
    assertThat(single.succeeded()).as("%s", single).isTrue();
    assertThat(single.logs().get(0).topics().get(0))
        .isEqualTo(EditionsEvents.TRANSFER_SINGLE.topic0());
    assertReverts(
        chain.call(member(1), EDITIONS, EditionCalls.transfer(member(0), member(1), a, 1)),
        EditionsErrors.ERC1155_MISSING_APPROVAL_FOR_ALL.encode(
            AbiValues.address(member(1)), AbiValues.address(member(0))));
    chain.ok(member(0), EDITIONS, fn("setApprovalForAll", addr(member(1)), new Bool(true)));
    Outcome batch =
        chain.call(
            member(1),
            EDITIONS,
            EditionCalls.batch(member(0), member(2), List.of(a, b), List.of(3L, 4L)));
    assertThat(batch.succeeded()).as("%s", batch).isTrue();
    assertThat(batch.logs().get(0).topics())
        .containsExactly(
            EditionsEvents.TRANSFER_BATCH.topic0(),
            Word.of(member(1)),
            Word.of(member(0)),
            Word.of(member(2)));
    byte[] balances =
        chain.view(
            EDITIONS,
            fn(
                "balanceOfBatch",
                new DynamicArray<>(
                    Address.class, addr(member(0)), addr(member(1)), addr(member(2))),
                EditionCalls.uints(List.of(a, a, b))));
    assertThat(balances)
        .isEqualTo(
            AbiValues.encode(
                Erc1155Functions.uint256Array(
                    List.of(BigInteger.ZERO, BigInteger.TWO, BigInteger.valueOf(4)))));
    assertReverts(
        chain.call(member(0), EDITIONS, EditionCalls.transfer(member(0), member(1), b, 1)),
        EditionsErrors.ERC1155_INSUFFICIENT_BALANCE.encode(
            AbiValues.address(member(0)),
            AbiValues.uint256(0),
            AbiValues.uint256(1),
            AbiValues.uint256(b)));
    assertReverts(
        chain.call(member(2), EDITIONS, EditionCalls.transfer(member(2), EDITIONS, b, 1)),
        EditionsErrors.ERC1155_INVALID_RECEIVER.encode(AbiValues.address(EDITIONS)));
    assertReverts(
        chain.call(
            member(2), EDITIONS, EditionCalls.batch(member(2), member(1), List.of(b), List.of())),
        EditionsErrors.ERC1155_INVALID_ARRAY_LENGTH.encode(
            AbiValues.uint256(1), AbiValues.uint256(0)));
    assertReverts(
        chain.call(
            member(2), EDITIONS, fn("setApprovalForAll", addr(ChainAddress.ZERO), new Bool(true))),
        EditionsErrors.ERC1155_INVALID_OPERATOR.encode(AbiValues.address(ChainAddress.ZERO)));
    assertReverts(
        chain.call(
            SHOP,
            EDITIONS,
            fn(
                "balanceOfBatch",
                new DynamicArray<>(Address.class, addr(member(0))),
                EditionCalls.uints(List.of()))),
        EditionsErrors.ERC1155_INVALID_ARRAY_LENGTH.encode(
            AbiValues.uint256(1), AbiValues.uint256(0)));
  }

  @Test
  void supportsErc165Erc1155AndTheMetadataUri() {
    for (String id : List.of("0x01ffc9a7", "0xd9b67a26", "0x0e89341c")) {
      byte[] yes =
          chain.view(
              EDITIONS, fn("supportsInterface", new Bytes4(Numeric.hexStringToByteArray(id))));
      assertThat(AbiCalls.bool(yes)).as(id).isTrue();
    }
    byte[] no =
        chain.view(
            EDITIONS,
            fn("supportsInterface", new Bytes4(Numeric.hexStringToByteArray("0x80ac58cd"))));
    assertThat(AbiCalls.bool(no)).isFalse();
  }
}
