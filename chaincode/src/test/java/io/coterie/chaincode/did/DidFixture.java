package io.coterie.chaincode.did;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.TestHost;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * A test host with the identity registry. Calldata is built with web3j's encoder and signed hashes
 * are packed here byte by byte, independently of the precompile, as a client library would.
 */
final class DidFixture {
  static final ChainAddress REGISTRY = DidRegistryPrecompile.ADDRESS;
  static final Credentials ALICE =
      Credentials.create("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
  static final Credentials BOB =
      Credentials.create("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
  static final Credentials CAROL =
      Credentials.create("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");
  static final ChainAddress SHOP = ChainAddress.of(0x5409);
  static final Word SERVICE = DelegateTypes.of("did/svc/MessagingService");

  final TestHost host = new TestHost(List.of(new DidRegistryPrecompile()));

  static ChainAddress address(Credentials key) {
    return ChainAddress.fromHex(key.getAddress());
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return host.call(from, REGISTRY, input);
  }

  byte[] view(byte[] input) {
    TestHost.Outcome outcome = host.staticCall(SHOP, REGISTRY, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("view failed: " + outcome);
    }
    return outcome.result().data();
  }

  ChainAddress identityOwner(ChainAddress identity) {
    return AbiCalls.address(view(fn("identityOwner", addr(identity))));
  }

  boolean validDelegate(ChainAddress identity, Word type, ChainAddress delegate) {
    return AbiCalls.bool(view(fn("validDelegate", addr(identity), b32(type), addr(delegate))));
  }

  long changed(ChainAddress identity) {
    return AbiCalls.uint(view(fn("changed", addr(identity)))).longValueExact();
  }

  BigInteger nonce(ChainAddress signer) {
    return AbiCalls.uint(view(fn("nonce", addr(signer))));
  }

  static byte[] changeOwner(ChainAddress identity, ChainAddress newOwner) {
    return fn("changeOwner", addr(identity), addr(newOwner));
  }

  static byte[] addDelegate(
      ChainAddress identity, Word type, ChainAddress delegate, BigInteger validity) {
    return fn("addDelegate", addr(identity), b32(type), addr(delegate), new Uint256(validity));
  }

  static byte[] addDelegate(ChainAddress identity, Word type, ChainAddress delegate, long seconds) {
    return addDelegate(identity, type, delegate, BigInteger.valueOf(seconds));
  }

  static byte[] revokeDelegate(ChainAddress identity, Word type, ChainAddress delegate) {
    return fn("revokeDelegate", addr(identity), b32(type), addr(delegate));
  }

  static byte[] setAttribute(ChainAddress identity, Word name, byte[] value, long seconds) {
    return fn(
        "setAttribute",
        addr(identity),
        b32(name),
        new DynamicBytes(value),
        new Uint256(BigInteger.valueOf(seconds)));
  }

  static byte[] revokeAttribute(ChainAddress identity, Word name, byte[] value) {
    return fn("revokeAttribute", addr(identity), b32(name), new DynamicBytes(value));
  }

  /**
   * The owner's signature over {@code keccak256(0x19 0x00 registry nonce identity name args)}, the
   * reference contract's layout, with no Ethereum message prefix.
   */
  static Sign.SignatureData sign(
      Credentials owner, ChainAddress identity, BigInteger nonce, String name, byte[]... args) {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    packed.writeBytes(new byte[] {0x19, 0x00});
    packed.writeBytes(REGISTRY.bytes());
    packed.writeBytes(Word.of(nonce).bytes());
    packed.writeBytes(identity.bytes());
    packed.writeBytes(name.getBytes(StandardCharsets.UTF_8));
    for (byte[] arg : args) {
      packed.writeBytes(arg);
    }
    return Sign.signMessage(Hash.sha3(packed.toByteArray()), owner.getEcKeyPair(), false);
  }

  /** {@code nameSigned(identity, v, r, s, args...)}. */
  @SuppressWarnings("rawtypes")
  static byte[] signed(String name, ChainAddress identity, Sign.SignatureData sig, Type... args) {
    Type[] all = new Type[4 + args.length];
    all[0] = addr(identity);
    all[1] = new Uint8(sig.getV()[0] & 0xff);
    all[2] = new Bytes32(sig.getR());
    all[3] = new Bytes32(sig.getS());
    System.arraycopy(args, 0, all, 4, args.length);
    return fn(name + "Signed", all);
  }

  static byte[] uint(BigInteger value) {
    return Word.of(value).bytes();
  }

  static byte[] uint(long value) {
    return Word.of(value).bytes();
  }
}
