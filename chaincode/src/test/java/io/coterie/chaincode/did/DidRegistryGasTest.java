package io.coterie.chaincode.did;

import static io.coterie.chaincode.did.DidFixture.ALICE;
import static io.coterie.chaincode.did.DidFixture.BOB;
import static io.coterie.chaincode.did.DidFixture.SERVICE;
import static io.coterie.chaincode.did.DidFixture.SHOP;
import static io.coterie.chaincode.did.DidFixture.address;
import static io.coterie.chaincode.did.DidFixture.sign;
import static io.coterie.chaincode.did.DidFixture.signed;
import static io.coterie.chaincode.did.DidFixture.uint;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.DynamicBytes;

/**
 * The gas figures documented in IEthereumDIDRegistry.sol (precompile gas, without the transaction's
 * intrinsic 21000 + calldata).
 */
class DidRegistryGasTest {
  private static final Word VERI_KEY = DelegateTypes.VERI_KEY;

  /** 27 bytes, as a short service endpoint. */
  private static final byte[] ENDPOINT =
      "https://brand.example/inbox".getBytes(StandardCharsets.UTF_8);

  private final DidFixture chain = new DidFixture();
  private final ChainAddress alice = address(ALICE);
  private final ChainAddress bob = address(BOB);

  private long gas(ChainAddress from, byte[] input) {
    return chain.call(from, input).gasUsed();
  }

  @Test
  void viewsCostTheDocumentedGas() {
    assertThat(gas(SHOP, fn("identityOwner", addr(alice)))).isEqualTo(4676);
    assertThat(gas(SHOP, fn("owners", addr(alice)))).isEqualTo(4676);
    assertThat(gas(SHOP, fn("changed", addr(alice)))).isEqualTo(4676);
    assertThat(gas(SHOP, fn("nonce", addr(alice)))).isEqualTo(4676);
    assertThat(gas(SHOP, fn("validDelegate", addr(alice), b32(VERI_KEY), addr(SHOP))))
        .isEqualTo(5700);
    assertThat(gas(SHOP, fn("delegates", addr(alice), b32(VERI_KEY), addr(SHOP)))).isEqualTo(5700);
  }

  @Test
  void directChangesCostTheDocumentedGas() {
    assertThat(gas(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, 86400))).isEqualTo(50461);
    assertThat(gas(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, 86400))).isEqualTo(10661);
    chain.host.mine(1);
    assertThat(gas(alice, DidFixture.revokeDelegate(alice, VERI_KEY, SHOP))).isEqualTo(19949);
    assertThat(gas(alice, DidFixture.setAttribute(alice, SERVICE, ENDPOINT, 86400)))
        .isEqualTo(12097);
    assertThat(gas(alice, DidFixture.revokeAttribute(alice, SERVICE, ENDPOINT))).isEqualTo(11585);
    assertThat(gas(alice, DidFixture.changeOwner(alice, bob))).isEqualTo(29025);
    assertThat(gas(SHOP, DidFixture.changeOwner(alice, bob))).isEqualTo(5188);
    assertThat(gas(bob, DidFixture.changeOwner(bob, alice))).isEqualTo(48925);
  }

  @Test
  void signedChangesCostTheDocumentedGas() {
    BigInteger n = BigInteger.ZERO;
    byte[] add =
        signed(
            "addDelegate",
            alice,
            sign(ALICE, alice, n, "addDelegate", VERI_KEY.bytes(), SHOP.bytes(), uint(86400)),
            b32(VERI_KEY),
            addr(SHOP),
            u256(86400));
    assertThat(gas(SHOP, add)).isEqualTo(77097);
    byte[] revoke =
        signed(
            "revokeDelegate",
            alice,
            sign(ALICE, alice, BigInteger.ONE, "revokeDelegate", VERI_KEY.bytes(), SHOP.bytes()),
            b32(VERI_KEY),
            addr(SHOP));
    assertThat(gas(SHOP, revoke)).isEqualTo(26685);
    byte[] set =
        signed(
            "setAttribute",
            alice,
            sign(
                ALICE,
                alice,
                BigInteger.TWO,
                "setAttribute",
                SERVICE.bytes(),
                ENDPOINT,
                uint(86400)),
            b32(SERVICE),
            new DynamicBytes(ENDPOINT),
            u256(86400));
    assertThat(gas(SHOP, set)).isEqualTo(23733);
    byte[] unset =
        signed(
            "revokeAttribute",
            alice,
            sign(ALICE, alice, BigInteger.valueOf(3), "revokeAttribute", SERVICE.bytes(), ENDPOINT),
            b32(SERVICE),
            new DynamicBytes(ENDPOINT));
    assertThat(gas(SHOP, unset)).isEqualTo(23221);
    byte[] owner =
        signed(
            "changeOwner",
            bob,
            sign(BOB, bob, BigInteger.ZERO, "changeOwner", alice.bytes()),
            addr(alice));
    assertThat(gas(SHOP, owner)).isEqualTo(75561);
    assertThat(gas(SHOP, owner)).isEqualTo(11824);
  }

  @Test
  void changesInALaterBlockAndLongerValuesCostTheDocumentedGas() {
    gas(alice, DidFixture.setAttribute(alice, SERVICE, ENDPOINT, 86400));
    chain.host.mine(1);
    assertThat(gas(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, 86400))).isEqualTo(35461);
    chain.host.mine(1);
    assertThat(gas(alice, DidFixture.changeOwner(alice, bob))).isEqualTo(33925);
    chain.host.mine(1);
    assertThat(gas(bob, DidFixture.setAttribute(alice, SERVICE, ENDPOINT, 86400)))
        .isEqualTo(12097 + 4900);
    assertThat(gas(bob, DidFixture.setAttribute(alice, SERVICE, new byte[64], 86400)))
        .isEqualTo(12097 + 768);
    assertThat(gas(SHOP, DidFixture.addDelegate(bob, VERI_KEY, SHOP, 86400)))
        .as("a first-time identity's first change, by someone else")
        .isEqualTo(4112 + 2100);
  }
}
