package io.coterie.chaincode.works;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.works.WorksFixture.WORKS;
import static io.coterie.chaincode.works.WorksFixture.mintCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Bytes4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/** Minting, ERC-721, ERC-2981 and ERC-4906 of the creators' works, each revert included. */
class CreatorWorksTest {
  private final WorksFixture works = new WorksFixture();

  private static void assertReverts(Outcome outcome, byte[] expected) {
    assertThat(outcome.succeeded()).as("%s", outcome).isFalse();
    assertThat(outcome.result().data()).isEqualTo(expected);
  }

  @Test
  void aMemberMintsTheirOwnWorkWithItsHashUriAndRoyalty() {
    Word hash = Word.keccak("post-1");
    Outcome minted = works.call(member(0), mintCall(hash, "ipfs://post-1", 500));

    assertThat(minted.succeeded()).as("%s", minted).isTrue();
    assertThat(AbiCalls.uint(minted.result().data())).isOne();
    assertThat(works.ownerOf(1)).isEqualTo(member(0));
    assertThat(minted.logs()).hasSize(2);
    assertThat(minted.logs().get(0).topics())
        .containsExactly(WorksEvents.TRANSFER.topic0(), Word.ZERO, Word.of(member(0)), Word.of(1));
    assertThat(minted.logs().get(1).topics())
        .containsExactly(WorksEvents.WORK_MINTED.topic0(), Word.of(1), Word.of(member(0)), hash);
    List<Type> work =
        AbiCalls.decode(
            works.chain.view(WORKS, fn("workOf", u256(1))),
            new TypeReference<Address>() {},
            new TypeReference<Bytes32>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Utf8String>() {});
    assertThat(ChainAddress.fromHex((String) work.get(0).getValue())).isEqualTo(member(0));
    assertThat((byte[]) work.get(1).getValue()).isEqualTo(hash.bytes());
    assertThat(work.get(2).getValue()).isEqualTo(BigInteger.valueOf(500));
    assertThat(work.get(3).getValue()).isEqualTo("ipfs://post-1");
    assertThat(AbiCalls.string(works.chain.view(WORKS, fn("tokenURI", u256(1)))))
        .isEqualTo("ipfs://post-1");
    assertThat(AbiCalls.uint(works.chain.view(WORKS, fn("tokenOfContent", AbiCalls.b32(hash)))))
        .isOne();
    assertThat(works.chain.uint(WORKS, "balanceOf", addr(member(0)))).isOne();
    assertThat(works.chain.uint(WORKS, "totalSupply")).isOne();
    assertThat(AbiCalls.string(works.chain.view(WORKS, fn("name")))).isEqualTo("Coterie Works");
    assertThat(AbiCalls.string(works.chain.view(WORKS, fn("symbol")))).isEqualTo("WORK");
  }

  @Test
  void mintingIsRefusedToNonMembersForZeroOrDuplicateHashesHighRoyaltiesAndLongUris() {
    Word hash = Word.keccak("post");
    assertReverts(
        works.call(SHOP, mintCall(hash, "u", 0)),
        WorksErrors.NOT_A_MEMBER.encode(AbiValues.address(SHOP)));
    assertReverts(
        works.call(member(0), mintCall(Word.ZERO, "u", 0)),
        WorksErrors.INVALID_CONTENT_HASH.encode());
    assertReverts(
        works.call(member(0), mintCall(hash, "u", 1001)),
        WorksErrors.ROYALTY_TOO_HIGH.encode(AbiValues.uint256(1001), AbiValues.uint256(1000)));
    assertReverts(
        works.call(member(0), mintCall(hash, "x".repeat(513), 0)),
        WorksErrors.URI_TOO_LONG.encode(AbiValues.uint256(513), AbiValues.uint256(512)));
    works.chain.ok(member(0), WORKS, mintCall(hash, "u", 1000));
    assertReverts(
        works.call(member(1), mintCall(hash, "other", 0)),
        WorksErrors.CONTENT_ALREADY_MINTED.encode(AbiValues.bytes32(hash), AbiValues.uint256(1)));
  }

  @Test
  void royaltyInfoIsTheFlooredShareForTheCreator() {
    long id = works.mint(member(0), "post", 750);
    List<Type> info =
        AbiCalls.decode(
            works.chain.view(WORKS, fn("royaltyInfo", u256(id), u256(1_001))),
            new TypeReference<Address>() {},
            new TypeReference<Uint256>() {});
    assertThat(ChainAddress.fromHex((String) info.get(0).getValue())).isEqualTo(member(0));
    assertThat(info.get(1).getValue()).isEqualTo(BigInteger.valueOf(75)); // 75.075 floored
    assertReverts(
        works.call(OUTSIDER, fn("royaltyInfo", u256(9), u256(1))),
        WorksErrors.ERC721_NONEXISTENT_TOKEN.encode(AbiValues.uint256(9)));
  }

  @Test
  void supportsErc165Erc721MetadataErc2981AndErc4906() {
    for (String id :
        List.of("0x01ffc9a7", "0x80ac58cd", "0x5b5e139f", "0x2a55205a", "0x49064906")) {
      byte[] answer =
          works.chain.view(
              WORKS, fn("supportsInterface", new Bytes4(Numeric.hexStringToByteArray(id))));
      assertThat(AbiCalls.bool(answer)).as(id).isTrue();
    }
    byte[] no =
        works.chain.view(
            WORKS, fn("supportsInterface", new Bytes4(Numeric.hexStringToByteArray("0xd9b67a26"))));
    assertThat(AbiCalls.bool(no)).isFalse();
  }

  @Test
  void transfersFollowErc721WithOzErrors() {
    long id = works.mint(member(0), "post", 100);
    assertReverts(
        works.call(member(1), fn("transferFrom", addr(member(0)), addr(member(1)), u256(id))),
        WorksErrors.ERC721_INSUFFICIENT_APPROVAL.encode(
            AbiValues.address(member(1)), AbiValues.uint256(id)));
    assertReverts(
        works.call(member(0), fn("transferFrom", addr(member(2)), addr(member(1)), u256(id))),
        WorksErrors.ERC721_INCORRECT_OWNER.encode(
            AbiValues.address(member(2)), AbiValues.uint256(id), AbiValues.address(member(0))));
    assertReverts(
        works.call(member(0), fn("transferFrom", addr(member(0)), addr(member(1)), u256(7))),
        WorksErrors.ERC721_NONEXISTENT_TOKEN.encode(AbiValues.uint256(7)));
    assertReverts(
        works.call(member(1), fn("approve", addr(member(1)), u256(id))),
        WorksErrors.ERC721_INVALID_APPROVER.encode(AbiValues.address(member(1))));
    assertReverts(
        works.call(member(0), fn("setApprovalForAll", addr(ChainAddress.ZERO), new Bool(true))),
        WorksErrors.ERC721_INVALID_OPERATOR.encode(AbiValues.address(ChainAddress.ZERO)));
    assertReverts(
        works.call(OUTSIDER, fn("balanceOf", addr(ChainAddress.ZERO))),
        WorksErrors.ERC721_INVALID_OWNER.encode(AbiValues.address(ChainAddress.ZERO)));

    works.chain.ok(member(0), WORKS, fn("approve", addr(member(1)), u256(id)));
    assertThat(AbiCalls.address(works.chain.view(WORKS, fn("getApproved", u256(id)))))
        .isEqualTo(member(1));
    works.chain.ok(
        member(1),
        WORKS,
        fn(
            "safeTransferFrom",
            addr(member(0)),
            addr(member(2)),
            u256(id),
            new DynamicBytes(new byte[] {1, 2})));
    assertThat(works.ownerOf(id)).isEqualTo(member(2));
    assertThat(AbiCalls.address(works.chain.view(WORKS, fn("getApproved", u256(id)))))
        .as("an approval ends with the transfer")
        .isEqualTo(ChainAddress.ZERO);
    works.chain.ok(member(2), WORKS, fn("setApprovalForAll", addr(member(3)), new Bool(true)));
    assertThat(
            AbiCalls.bool(
                works.chain.view(WORKS, fn("isApprovedForAll", addr(member(2)), addr(member(3))))))
        .isTrue();
    works.chain.ok(
        member(3), WORKS, fn("safeTransferFrom", addr(member(2)), addr(member(4)), u256(id)));
    assertThat(works.ownerOf(id)).isEqualTo(member(4));
  }

  @Test
  void noWorkGoesToTheZeroAddressOrAPrecompile() {
    long id = works.mint(member(0), "post", 100);
    for (ChainAddress to : List.of(ChainAddress.ZERO, ChainAddress.of(0x2000), WORKS)) {
      assertReverts(
          works.call(member(0), fn("transferFrom", addr(member(0)), addr(to), u256(id))),
          WorksErrors.ERC721_INVALID_RECEIVER.encode(AbiValues.address(to)));
    }
  }

  @Test
  void theCreatorHoldingTheWorkUpdatesItsMetadataWithErc4906Events() {
    long first = works.mint(member(0), "a", 100);
    works.mint(member(0), "b", 100);
    Outcome one =
        works.call(member(0), fn("updateTokenURI", u256(first), new Utf8String("ar://a")));
    assertThat(one.succeeded()).as("%s", one).isTrue();
    assertThat(one.logs().get(0).topics()).containsExactly(WorksEvents.METADATA_UPDATE.topic0());
    assertThat(AbiCalls.uint(Numeric.hexStringToByteArray(one.logs().get(0).dataHex()))).isOne();
    assertThat(AbiCalls.string(works.chain.view(WORKS, fn("tokenURI", u256(first)))))
        .isEqualTo("ar://a");

    Outcome batch =
        works.call(
            member(0),
            fn(
                "updateTokenURIs",
                u256(first),
                new DynamicArray<>(
                    Utf8String.class, new Utf8String("ar://a2"), new Utf8String("ar://b2"))));
    assertThat(batch.succeeded()).as("%s", batch).isTrue();
    assertThat(batch.logs().get(0).topics())
        .containsExactly(WorksEvents.BATCH_METADATA_UPDATE.topic0());
    assertThat(batch.logs().get(0).dataHex())
        .isEqualTo(
            Numeric.toHexString(AbiValues.encode(AbiValues.uint256(1), AbiValues.uint256(2))));
    assertThat(AbiCalls.string(works.chain.view(WORKS, fn("tokenURI", u256(2)))))
        .isEqualTo("ar://b2");

    assertReverts(
        works.call(
            member(0),
            fn("updateTokenURIs", u256(first), new DynamicArray<>(Utf8String.class, List.of()))),
        WorksErrors.EMPTY_BATCH.encode());
    works.chain.ok(member(0), WORKS, fn("transferFrom", addr(member(0)), addr(member(1)), u256(1)));
    for (ChainAddress who : List.of(member(0), member(1))) {
      assertReverts(
          works.call(who, fn("updateTokenURI", u256(first), new Utf8String("x"))),
          WorksErrors.NOT_CREATOR_HOLDER.encode(AbiValues.uint256(first), AbiValues.address(who)));
    }
  }

  @Test
  void viewsOfMissingWorksRevertAndGarbledCalldataIsMalformed() {
    for (String view :
        List.of("ownerOf", "tokenURI", "workOf", "usesOf", "listingOf", "getApproved")) {
      assertReverts(
          works.call(OUTSIDER, fn(view, u256(3))),
          WorksErrors.ERC721_NONEXISTENT_TOKEN.encode(AbiValues.uint256(3)));
    }
    assertThat(works.call(member(0), new byte[] {1, 2, 3}).result().data())
        .isEqualTo(new SolidityError("MalformedCalldata()").encode());
  }
}
