package io.coterie.chaincode.members;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.SoftwarePasskey;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.function.UnaryOperator;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** Every module over the devnet's roles, shop #1 a sponsor, one allowed origin, and passkeys. */
final class MemberAccountsFixture {
  static final ChainAddress ACCOUNTS = MemberAccountsLayout.ADDRESS;
  static final ChainAddress SPONSOR = ModulesFixture.SHOP;
  static final String ORIGIN = "http://localhost:8545";
  static final byte[] CREDENTIAL = "credential-0001".getBytes();

  final ModulesFixture modules = new ModulesFixture();
  final TestHost host = modules.host;

  MemberAccountsFixture() {
    modules.ok(
        ModulesFixture.ADMIN,
        StandardRoles.ROLES_ADDRESS,
        fn("grantRole", b32(StandardRoles.SPONSOR_ROLE), addr(SPONSOR)));
    modules.ok(
        ModulesFixture.ADMIN,
        ACCOUNTS,
        fn("setAllowedOrigin", new Utf8String(ORIGIN), new Bool(true)));
  }

  static SoftwarePasskey passkey(long seed) {
    return new SoftwarePasskey(BigInteger.valueOf(seed).add(BigInteger.TEN.pow(30)));
  }

  static Word keyId(SoftwarePasskey key) {
    return MemberAccountAddress.keyId(key.x(), key.y());
  }

  ChainAddress create(SoftwarePasskey key) {
    return AbiCalls.address(modules.ok(SPONSOR, ACCOUNTS, createCall(key, 0)));
  }

  static byte[] createCall(SoftwarePasskey key, long salt) {
    return fn(
        "createAccount",
        b32(key.x()),
        b32(key.y()),
        AbiCalls.u256(salt),
        new DynamicBytes(CREDENTIAL));
  }

  BigInteger nonce(ChainAddress account) {
    return AbiCalls.uint(modules.view(ACCOUNTS, fn("nonceOf", addr(account))));
  }

  long deadline() {
    return host.block().timestampSeconds() + 300;
  }

  /** Executes {@code data} on {@code target} as {@code account}, signed by {@code key}. */
  TestHost.Outcome execute(
      SoftwarePasskey key, ChainAddress account, ChainAddress target, byte[] data) {
    return execute(key, account, target, data, nonce(account), deadline(), p -> p);
  }

  TestHost.Outcome execute(
      SoftwarePasskey key,
      ChainAddress account,
      ChainAddress target,
      byte[] data,
      BigInteger nonce,
      long deadline,
      UnaryOperator<SoftwarePasskey.Parts> tamper) {
    return host.call(
        SPONSOR, ACCOUNTS, executeCall(key, account, target, data, nonce, deadline, tamper));
  }

  byte[] executeCall(
      SoftwarePasskey key,
      ChainAddress account,
      ChainAddress target,
      byte[] data,
      BigInteger nonce,
      long deadline,
      UnaryOperator<SoftwarePasskey.Parts> tamper) {
    Word hash =
        MemberRequest.hash(
            host.block().chainId(), account, target, data, nonce, BigInteger.valueOf(deadline));
    byte[] assertion =
        key.assertion(keyId(key), tamper.apply(SoftwarePasskey.Parts.of(hash, ORIGIN)));
    return fn(
        "execute",
        addr(account),
        addr(target),
        new DynamicBytes(data),
        new Uint256(nonce),
        AbiCalls.u256(deadline),
        new DynamicBytes(assertion));
  }

  /** Executes and fails the test unless it succeeded. */
  void ok(SoftwarePasskey key, ChainAddress account, ChainAddress target, byte[] data) {
    TestHost.Outcome out = execute(key, account, target, data);
    assertThat(out.succeeded()).as("%s", out).isTrue();
  }

  @SuppressWarnings("rawtypes")
  static void assertReverted(TestHost.Outcome out, SolidityError error, Type... args) {
    assertThat(out.result().isSuccess()).as("expected %s but %s", error.signature(), out).isFalse();
    assertThat(AbiCalls.decodeHex(out.result().data()))
        .isEqualTo(AbiCalls.decodeHex(error.encode(args)));
  }
}
