package io.coterie.chaincode.members;

import static io.coterie.chaincode.members.MemberAccountsFixture.ACCOUNTS;
import static io.coterie.chaincode.members.MemberAccountsFixture.SPONSOR;
import static io.coterie.chaincode.members.MemberAccountsFixture.assertReverted;
import static io.coterie.chaincode.members.MemberAccountsFixture.keyId;
import static io.coterie.chaincode.members.MemberAccountsFixture.passkey;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.SoftwarePasskey;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;

/** Creating accounts and executing requests: every rule, each refusal its own error. */
class MemberAccountsTest {
  private final MemberAccountsFixture f = new MemberAccountsFixture();
  private final SoftwarePasskey key = passkey(1);
  private final ChainAddress account = f.create(key);
  private final ChainAddress points = ModulesFixture.points(f.modules.createProgram("P", true, 0));
  private final ChainAddress friend = ModulesFixture.member(0);

  private byte[] transfer(long amount) {
    return fn("transfer", addr(friend), u256(amount));
  }

  @Test
  void theAccountIsAtTheOfflineAddressAndListsItsCredential() {
    assertThat(account).isEqualTo(MemberAccountAddress.of(key.x(), key.y(), BigInteger.ZERO));
    byte[] viaView = f.modules.view(ACCOUNTS, fn("accountOf", b32(key.x()), b32(key.y()), u256(0)));
    assertThat(AbiCalls.address(viaView)).isEqualTo(account);
    var creds =
        AbiCalls.decode(
            f.modules.view(ACCOUNTS, fn("credentialsOf", addr(account))),
            new TypeReference<DynamicArray<DynamicBytes>>() {},
            new TypeReference<DynamicArray<Bytes32>>() {});
    @SuppressWarnings("unchecked")
    List<DynamicBytes> ids = ((DynamicArray<DynamicBytes>) creds.get(0)).getValue();
    assertThat(ids.get(0).getValue()).isEqualTo(MemberAccountsFixture.CREDENTIAL);
  }

  @Test
  void theTargetSeesTheMemberAccountAsSenderAndTheNonceMovesOn() {
    awardAccount(100);
    TestHost.Outcome out = f.execute(key, account, points, transfer(30));
    assertThat(out.succeeded()).as("%s", out).isTrue();
    assertThat(balance(account)).isEqualTo(70);
    assertThat(balance(friend)).isEqualTo(30);
    assertThat(f.nonce(account)).isEqualTo(1);
    assertThat(out.logs().get(out.logs().size() - 1).topics().get(0))
        .isEqualTo(MemberAccountsEvents.EXECUTED.topic0());
  }

  @Test
  void aTargetRevertIsReturnedUnchangedAndTheNonceStays() {
    TestHost.Outcome out = f.execute(key, account, points, transfer(5));
    assertThat(out.result().isSuccess()).isFalse();
    assertThat(AbiCalls.decodeHex(out.result().data())).startsWith("0x");
    TestHost.Outcome direct = f.host.call(account, points, transfer(5));
    assertThat(out.result().data()).isEqualTo(direct.result().data());
    assertThat(f.nonce(account)).isZero();
  }

  @Test
  void onlySponsorsCarryRequestsAndCreateAccounts() {
    byte[] call =
        f.executeCall(key, account, points, transfer(1), BigInteger.ZERO, f.deadline(), p -> p);
    assertReverted(
        f.host.call(ModulesFixture.OUTSIDER, ACCOUNTS, call),
        MemberAccountsErrors.NOT_SPONSOR,
        addr(ModulesFixture.OUTSIDER));
    assertReverted(
        f.host.call(
            ModulesFixture.OUTSIDER, ACCOUNTS, MemberAccountsFixture.createCall(passkey(2), 0)),
        MemberAccountsErrors.NOT_SPONSOR,
        addr(ModulesFixture.OUTSIDER));
  }

  @Test
  void aSecondAccountOfTheSameKeyAndSaltIsRefusedButAnotherSaltIsNot() {
    assertReverted(
        f.host.call(SPONSOR, ACCOUNTS, MemberAccountsFixture.createCall(key, 0)),
        MemberAccountsErrors.ACCOUNT_EXISTS,
        addr(account));
    assertThat(f.host.call(SPONSOR, ACCOUNTS, MemberAccountsFixture.createCall(key, 1)).succeeded())
        .isTrue();
  }

  @Test
  void aPointOffTheCurveIsNoKey() {
    byte[] call =
        fn(
            "createAccount",
            b32(Word.of(1)),
            b32(Word.of(2)),
            u256(0),
            new DynamicBytes(new byte[1]));
    assertReverted(
        f.host.call(SPONSOR, ACCOUNTS, call),
        MemberAccountsErrors.INVALID_PUBLIC_KEY,
        b32(Word.of(1)),
        b32(Word.of(2)));
  }

  @Test
  void aReplayedNonceIsRefused() {
    awardAccount(10);
    byte[] call =
        f.executeCall(key, account, points, transfer(1), BigInteger.ZERO, f.deadline(), p -> p);
    assertThat(f.host.call(SPONSOR, ACCOUNTS, call).succeeded()).isTrue();
    assertReverted(
        f.host.call(SPONSOR, ACCOUNTS, call),
        MemberAccountsErrors.WRONG_NONCE,
        addr(account),
        u256(1),
        u256(0));
  }

  @Test
  void anExpiredDeadlineIsRefused() {
    long deadline = f.host.block().timestampSeconds() - 1;
    assertReverted(
        f.execute(key, account, points, transfer(1), BigInteger.ZERO, deadline, p -> p),
        MemberAccountsErrors.REQUEST_EXPIRED,
        u256(deadline),
        u256(f.host.block().timestampSeconds()));
  }

  @Test
  void eachWebAuthnRuleHasItsOwnRefusal() {
    assertReverted(
        tampered(p -> p.withFlags(0x01)), MemberAccountsErrors.USER_NOT_VERIFIED, new Uint8(1));
    assertReverted(
        tampered(p -> p.withFlags(0x04)), MemberAccountsErrors.USER_NOT_PRESENT, new Uint8(4));
    assertReverted(
        tampered(p -> p.withType("webauthn.create")),
        MemberAccountsErrors.WRONG_CLIENT_DATA_TYPE,
        new Utf8String("webauthn.create"));
    TestHost.Outcome challenge = tampered(p -> p.withChallenge("AAAA"));
    assertThat(AbiCalls.decodeHex(challenge.result().data()))
        .startsWith(AbiCalls.decodeHex(MemberAccountsErrors.WRONG_CHALLENGE.selector().bytes()));
    assertReverted(
        tampered(p -> p.withOrigin("https://evil.example")),
        MemberAccountsErrors.ORIGIN_NOT_ALLOWED,
        new Utf8String("https://evil.example"));
    TestHost.Outcome rp = tampered(p -> p.withRpId("evil.example"));
    assertThat(AbiCalls.decodeHex(rp.result().data()))
        .startsWith(
            AbiCalls.decodeHex(MemberAccountsErrors.WRONG_RELYING_PARTY.selector().bytes()));
  }

  @Test
  void aSignatureByAnotherKeyOrForAnotherRequestIsRefused() {
    SoftwarePasskey other = passkey(99);
    Word hash =
        MemberRequest.hash(
            1337, account, points, transfer(1), BigInteger.ZERO, BigInteger.valueOf(f.deadline()));
    byte[] forged =
        other.assertion(keyId(key), SoftwarePasskey.Parts.of(hash, MemberAccountsFixture.ORIGIN));
    byte[] call =
        fn(
            "execute",
            addr(account),
            addr(points),
            new DynamicBytes(transfer(1)),
            u256(0),
            u256(f.deadline()),
            new DynamicBytes(forged));
    assertReverted(
        f.host.call(SPONSOR, ACCOUNTS, call),
        MemberAccountsErrors.BAD_SIGNATURE,
        addr(account),
        b32(keyId(key)));
  }

  @Test
  void aKeyOfAnotherAccountIsUnknownHere() {
    SoftwarePasskey other = passkey(3);
    f.create(other);
    Word hash =
        MemberRequest.hash(
            1337, account, points, transfer(1), BigInteger.ZERO, BigInteger.valueOf(f.deadline()));
    byte[] assertion =
        other.assertion(keyId(other), SoftwarePasskey.Parts.of(hash, MemberAccountsFixture.ORIGIN));
    byte[] call =
        fn(
            "execute",
            addr(account),
            addr(points),
            new DynamicBytes(transfer(1)),
            u256(0),
            u256(f.deadline()),
            new DynamicBytes(assertion));
    assertReverted(
        f.host.call(SPONSOR, ACCOUNTS, call),
        MemberAccountsErrors.UNKNOWN_KEY,
        addr(account),
        b32(keyId(other)));
  }

  @Test
  void anUnknownAccountIsRefused() {
    ChainAddress nobody = ChainAddress.of(0xbeef);
    assertReverted(
        f.execute(key, nobody, points, transfer(1), BigInteger.ZERO, f.deadline(), p -> p),
        MemberAccountsErrors.UNKNOWN_ACCOUNT,
        addr(nobody));
  }

  @Test
  void originsAreTheAdminsToSetAndMustBeOrigins() {
    byte[] set =
        fn(
            "setAllowedOrigin",
            new Utf8String("https://shop.example"),
            new org.web3j.abi.datatypes.Bool(true));
    assertReverted(
        f.host.call(SPONSOR, ACCOUNTS, set), MemberAccountsErrors.NOT_ADMIN, addr(SPONSOR));
    byte[] bad =
        fn(
            "setAllowedOrigin",
            new Utf8String("https://Shop.example/path"),
            new org.web3j.abi.datatypes.Bool(true));
    assertReverted(
        f.host.call(ModulesFixture.ADMIN, ACCOUNTS, bad),
        MemberAccountsErrors.INVALID_ORIGIN,
        new Utf8String("https://Shop.example/path"));
    assertThat(f.host.call(ModulesFixture.ADMIN, ACCOUNTS, set).succeeded()).isTrue();
    assertThat(
            AbiCalls.bool(
                f.modules.view(
                    ACCOUNTS, fn("isAllowedOrigin", new Utf8String("https://shop.example")))))
        .isTrue();
  }

  @Test
  void noOtherPrecompileAndNoUncreatedAccountMayActAsAnAccount() {
    assertThat(new MemberAccountsPrecompile().controls(f.host.world(), ChainAddress.of(0xbeef)))
        .isFalse();
    assertThat(new MemberAccountsPrecompile().controls(f.host.world(), account)).isTrue();
  }

  private TestHost.Outcome tampered(java.util.function.UnaryOperator<SoftwarePasskey.Parts> t) {
    return f.execute(key, account, points, transfer(1), BigInteger.ZERO, f.deadline(), t);
  }

  private void awardAccount(long amount) {
    f.modules.ok(
        SPONSOR,
        points,
        fn("award", addr(account), u256(amount), b32(Word.keccak("award-" + amount))));
  }

  private long balance(ChainAddress who) {
    return AbiCalls.uint(f.modules.view(points, fn("balanceOf", addr(who)))).longValueExact();
  }
}
