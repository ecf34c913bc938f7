package io.coterie.chaincode.members;

import static io.coterie.chaincode.members.MemberAccountsFixture.ACCOUNTS;
import static io.coterie.chaincode.members.MemberAccountsFixture.assertReverted;
import static io.coterie.chaincode.members.MemberAccountsFixture.keyId;
import static io.coterie.chaincode.members.MemberAccountsFixture.passkey;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.SoftwarePasskey;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/** Keys an account adds and removes itself, and recovery by guardians after a delay. */
class MemberKeysAndRecoveryTest {
  private static final long DELAY = 3_600;
  private final MemberAccountsFixture f = new MemberAccountsFixture();
  private final SoftwarePasskey phone = passkey(1);
  private final SoftwarePasskey laptop = passkey(2);
  private final SoftwarePasskey newPhone = passkey(3);
  private final ChainAddress account = f.create(phone);
  private final ChainAddress brand = ModulesFixture.ADMIN;
  private final ChainAddress friend1 = ModulesFixture.member(0);
  private final ChainAddress friend2 = ModulesFixture.member(1);

  @Test
  void theAccountAddsAKeyThatThenSignsAndRemovesTheOld() {
    f.ok(phone, account, ACCOUNTS, addKey(laptop));
    assertThat(keyIds()).containsExactly(keyId(phone), keyId(laptop));
    f.ok(laptop, account, ACCOUNTS, fn("removeKey", b32(keyId(phone))));
    assertThat(keyIds()).containsExactly(keyId(laptop));
    TestHost.Outcome old = f.execute(phone, account, ACCOUNTS, addKey(newPhone));
    assertReverted(old, MemberAccountsErrors.UNKNOWN_KEY, addr(account), b32(keyId(phone)));
  }

  @Test
  void theLastKeyStays() {
    TestHost.Outcome out = f.execute(phone, account, ACCOUNTS, fn("removeKey", b32(keyId(phone))));
    assertReverted(out, MemberAccountsErrors.LAST_KEY, addr(account), b32(keyId(phone)));
  }

  @Test
  void aKeyTwiceIsRefusedAndOnlyAnAccountChangesKeys() {
    TestHost.Outcome twice = f.execute(phone, account, ACCOUNTS, addKey(phone));
    assertReverted(twice, MemberAccountsErrors.KEY_EXISTS, addr(account), b32(keyId(phone)));
    assertReverted(
        f.host.call(friend1, ACCOUNTS, addKey(laptop)),
        MemberAccountsErrors.NOT_AN_ACCOUNT,
        addr(friend1));
  }

  @Test
  void guardiansRecoverAfterTheDelayWithEnoughApprovals() {
    setGuardians(2);
    BigInteger id = propose(friend1);
    assertReverted(
        finish(id),
        MemberAccountsErrors.NOT_ENOUGH_APPROVALS,
        addr(account),
        new Uint256(id),
        u256(1),
        u256(2));
    assertThat(f.host.call(friend2, ACCOUNTS, approve(id)).succeeded()).isTrue();
    long readyAt = f.host.block().timestampSeconds() + DELAY;
    assertReverted(
        finish(id),
        MemberAccountsErrors.RECOVERY_DELAY_NOT_OVER,
        addr(account),
        new Uint256(id),
        u256(readyAt),
        u256(f.host.block().timestampSeconds()));
    f.host.advanceSeconds(DELAY);
    assertThat(finish(id).succeeded()).isTrue();
    assertThat(keyIds()).containsExactly(keyId(phone), keyId(newPhone));
    f.ok(newPhone, account, ACCOUNTS, fn("removeKey", b32(keyId(phone))));
    assertReverted(
        finish(id), MemberAccountsErrors.RECOVERY_NOT_OPEN, addr(account), new Uint256(id));
  }

  @Test
  void tooFewGuardiansCannotRecoverAndStrangersCannotPropose() {
    setGuardians(3);
    BigInteger id = propose(friend1);
    f.host.advanceSeconds(DELAY);
    assertReverted(
        finish(id),
        MemberAccountsErrors.NOT_ENOUGH_APPROVALS,
        addr(account),
        new Uint256(id),
        u256(1),
        u256(3));
    ChainAddress stranger = ModulesFixture.member(4);
    assertReverted(
        f.host.call(stranger, ACCOUNTS, proposeCall()),
        MemberAccountsErrors.NOT_GUARDIAN,
        addr(account),
        addr(stranger));
    assertReverted(
        f.host.call(friend1, ACCOUNTS, approve(id)),
        MemberAccountsErrors.ALREADY_APPROVED,
        addr(account),
        new Uint256(id),
        addr(friend1));
  }

  @Test
  void theMemberCancelsARecoveryFromARemainingKey() {
    setGuardians(1);
    BigInteger id = propose(friend1);
    f.ok(phone, account, ACCOUNTS, fn("cancelRecovery", new Uint256(id)));
    f.host.advanceSeconds(DELAY);
    assertReverted(
        finish(id), MemberAccountsErrors.RECOVERY_NOT_OPEN, addr(account), new Uint256(id));
    assertThat(keyIds()).containsExactly(keyId(phone));
    var status =
        AbiCalls.decode(
            f.modules.view(ACCOUNTS, fn("recoveryOf", addr(account), new Uint256(id))),
            new TypeReference<Bytes32>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint8>() {});
    assertThat(status.get(3).getValue()).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void newGuardiansVoidRecoveriesProposedUnderTheOld() {
    setGuardians(1);
    BigInteger id = propose(friend1);
    setGuardians(1);
    f.host.advanceSeconds(DELAY);
    assertReverted(
        finish(id), MemberAccountsErrors.RECOVERY_NOT_OPEN, addr(account), new Uint256(id));
  }

  @Test
  void guardianListsMustMakeSense() {
    TestHost.Outcome self = f.execute(phone, account, ACCOUNTS, guardiansCall(List.of(account), 1));
    assertReverted(self, MemberAccountsErrors.INVALID_GUARDIAN, addr(account));
    TestHost.Outcome dup =
        f.execute(phone, account, ACCOUNTS, guardiansCall(List.of(friend1, friend1), 1));
    assertReverted(dup, MemberAccountsErrors.INVALID_GUARDIAN, addr(friend1));
    TestHost.Outcome threshold =
        f.execute(phone, account, ACCOUNTS, guardiansCall(List.of(friend1), 2));
    assertReverted(threshold, MemberAccountsErrors.INVALID_THRESHOLD, u256(2), u256(1));
  }

  private void setGuardians(int threshold) {
    f.ok(phone, account, ACCOUNTS, guardiansCall(List.of(brand, friend1, friend2), threshold));
  }

  private static byte[] guardiansCall(List<ChainAddress> guardians, int threshold) {
    return fn(
        "setGuardians",
        new DynamicArray<>(Address.class, guardians.stream().map(AbiCalls::addr).toList()),
        u256(threshold),
        u256(DELAY));
  }

  private BigInteger propose(ChainAddress guardian) {
    return AbiCalls.uint(f.modules.ok(guardian, ACCOUNTS, proposeCall()));
  }

  private byte[] proposeCall() {
    return fn(
        "proposeRecovery",
        addr(account),
        b32(newPhone.x()),
        b32(newPhone.y()),
        new DynamicBytes("new-phone".getBytes()));
  }

  private byte[] approve(BigInteger id) {
    return fn("approveRecovery", addr(account), new Uint256(id));
  }

  private TestHost.Outcome finish(BigInteger id) {
    return f.host.call(
        ModulesFixture.OUTSIDER, ACCOUNTS, fn("finishRecovery", addr(account), new Uint256(id)));
  }

  private static byte[] addKey(SoftwarePasskey key) {
    return fn("addKey", b32(key.x()), b32(key.y()), new DynamicBytes("laptop".getBytes()));
  }

  @SuppressWarnings("unchecked")
  private List<io.coterie.chaincode.spi.Word> keyIds() {
    var out =
        AbiCalls.decode(
            f.modules.view(ACCOUNTS, fn("credentialsOf", addr(account))),
            new TypeReference<DynamicArray<DynamicBytes>>() {},
            new TypeReference<DynamicArray<Bytes32>>() {});
    return ((DynamicArray<Bytes32>) out.get(1))
        .getValue().stream().map(b -> io.coterie.chaincode.spi.Word.wrap(b.getValue())).toList();
  }
}
