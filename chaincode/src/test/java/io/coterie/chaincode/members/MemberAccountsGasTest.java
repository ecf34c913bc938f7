package io.coterie.chaincode.members;

import static io.coterie.chaincode.members.MemberAccountsFixture.ACCOUNTS;
import static io.coterie.chaincode.members.MemberAccountsFixture.SPONSOR;
import static io.coterie.chaincode.members.MemberAccountsFixture.passkey;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.SoftwarePasskey;
import io.coterie.chaincode.support.TestHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;

/**
 * The gas figures documented in IMemberAccounts.sol (precompile gas, without the transaction's
 * intrinsic 21000 + calldata). Signatures are RFC 6979, so the calldata and the figures are fixed.
 */
class MemberAccountsGasTest {
  private final MemberAccountsFixture f = new MemberAccountsFixture();
  private final SoftwarePasskey key = passkey(1);

  @Test
  void eachFunctionCostsTheDocumentedGas() {
    TestHost.Outcome create =
        f.host.call(SPONSOR, ACCOUNTS, MemberAccountsFixture.createCall(key, 0));
    ChainAddress account = MemberAccountAddress.of(key.x(), key.y(), java.math.BigInteger.ZERO);
    ChainAddress points = ModulesFixture.points(f.modules.createProgram("P", true, 0));
    f.modules.ok(SPONSOR, points, fn("award", addr(account), u256(100), b32(Word.keccak("g"))));
    TestHost.Outcome transfer =
        f.execute(key, account, points, fn("transfer", addr(ModulesFixture.member(0)), u256(10)));
    SoftwarePasskey laptop = passkey(2);
    TestHost.Outcome addKey =
        f.execute(
            key,
            account,
            ACCOUNTS,
            fn("addKey", b32(laptop.x()), b32(laptop.y()), new DynamicBytes("laptop".getBytes())));
    TestHost.Outcome guardians =
        f.execute(
            key,
            account,
            ACCOUNTS,
            fn(
                "setGuardians",
                new DynamicArray<>(
                    Address.class,
                    List.of(addr(ModulesFixture.ADMIN), addr(ModulesFixture.member(0)))),
                u256(1),
                u256(3600)));
    List<Long> measured =
        List.of(create.gasUsed(), transfer.gasUsed(), addKey.gasUsed(), guardians.gasUsed());
    assertThat(List.of(create, transfer, addKey, guardians)).allMatch(TestHost.Outcome::succeeded);
    assertThat(measured).containsExactly(142_104L, 172_327L, 172_711L, 224_928L);
  }
}
