package io.coterie.chaincode.works;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.works.WorksFixture.WORKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** The gas ICreatorWorks.sol and IEditions.sol document (deterministic, precompile part only). */
class WorksAndEditionsGasTest {
  private static final ChainAddress EDITIONS = ChainAddress.of(0x100c);
  private final WorksFixture works = new WorksFixture();
  private final Map<String, Long> measured = new LinkedHashMap<>();

  private void measure(String name, ChainAddress from, ChainAddress to, byte[] input) {
    Outcome outcome = works.chain.call(from, to, input);
    assertThat(outcome.succeeded()).as("%s: %s", name, outcome).isTrue();
    measured.put(name, outcome.gasUsed());
  }

  @Test
  void worksAndEditionsCostTheDocumentedGas() {
    measure(
        "mintWork",
        member(0),
        WORKS,
        WorksFixture.mintCall(
            Word.keccak("post"),
            "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
            500));
    works.mint(member(0), "second", 500);
    measure(
        "updateTokenURI",
        member(0),
        WORKS,
        fn("updateTokenURI", u256(1), new Utf8String("ar://new")));
    measure(
        "updateTokenURIs",
        member(0),
        WORKS,
        fn(
            "updateTokenURIs",
            u256(1),
            new DynamicArray<>(
                Utf8String.class, new Utf8String("ar://a"), new Utf8String("ar://b"))));
    works.approvePoints(SHOP, 1_000);
    measure("buyUse (creator holds)", SHOP, WORKS, works.buyUse(1, 100));
    measure("approve", member(0), WORKS, fn("approve", addr(member(1)), u256(2)));
    measure(
        "setApprovalForAll",
        member(0),
        WORKS,
        fn("setApprovalForAll", addr(member(1)), new Bool(true)));
    measure(
        "transferFrom",
        member(0),
        WORKS,
        fn("transferFrom", addr(member(0)), addr(member(1)), u256(2)));
    measure("buyUse (split)", SHOP, WORKS, works.buyUse(2, 100));
    measure("list", member(1), WORKS, works.list(2, 500));
    measure("cancelListing", member(1), WORKS, fn("cancelListing", u256(2)));
    measure(
        "sell",
        member(1),
        WORKS,
        fn("sell", u256(2), addr(member(2)), u256(works.program), u256(500)));
    works.approvePoints(member(2), 500);
    measure("buy (resale with royalty)", member(2), WORKS, fn("buy", u256(2)));

    measure(
        "createEdition",
        ADMIN,
        EDITIONS,
        fn("createEdition", u256(100), new Utf8String("ipfs://edition")));
    measure(
        "airdrop (3 recipients)",
        ADMIN,
        EDITIONS,
        fn(
            "airdrop",
            u256(1),
            new DynamicArray<>(Address.class, addr(member(0)), addr(member(1)), addr(member(2))),
            new DynamicArray<>(Uint256.class, u256(2), u256(2), u256(2))));
    measure(
        "safeTransferFrom (1155)",
        member(0),
        EDITIONS,
        fn(
            "safeTransferFrom",
            addr(member(0)),
            addr(member(3)),
            u256(1),
            u256(1),
            new DynamicBytes(new byte[0])));
    measure(
        "safeBatchTransferFrom (1 id)",
        member(1),
        EDITIONS,
        fn(
            "safeBatchTransferFrom",
            addr(member(1)),
            addr(member(3)),
            new DynamicArray<>(Uint256.class, u256(1)),
            new DynamicArray<>(Uint256.class, u256(1)),
            new DynamicBytes(new byte[0])));
    measure(
        "setApprovalForAll (1155)",
        member(0),
        EDITIONS,
        fn("setApprovalForAll", addr(member(1)), new Bool(true)));
    Map<String, Long> documented = new LinkedHashMap<>();
    documented.put("mintWork", 239334L);
    documented.put("updateTokenURI", 31418L);
    documented.put("updateTokenURIs", 30534L);
    documented.put("buyUse (creator holds)", 110155L);
    documented.put("approve", 27063L);
    documented.put("setApprovalForAll", 24844L);
    documented.put("transferFrom", 50975L);
    documented.put("buyUse (split)", 179111L);
    documented.put("list", 54587L);
    documented.put("cancelListing", 24776L);
    documented.put("sell", 74999L);
    documented.put("buy (resale with royalty)", 211106L);
    documented.put("createEdition", 92729L);
    documented.put("airdrop (3 recipients)", 109557L);
    documented.put("safeTransferFrom (1155)", 36723L);
    documented.put("safeBatchTransferFrom (1 id)", 24795L);
    documented.put("setApprovalForAll (1155)", 24844L);
    assertThat(measured).containsExactlyEntriesOf(documented);
  }
}
