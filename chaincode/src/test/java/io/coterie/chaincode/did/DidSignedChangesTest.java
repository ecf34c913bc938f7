package io.coterie.chaincode.did;

import static io.coterie.chaincode.did.DidFixture.ALICE;
import static io.coterie.chaincode.did.DidFixture.BOB;
import static io.coterie.chaincode.did.DidFixture.CAROL;
import static io.coterie.chaincode.did.DidFixture.SERVICE;
import static io.coterie.chaincode.did.DidFixture.SHOP;
import static io.coterie.chaincode.did.DidFixture.address;
import static io.coterie.chaincode.did.DidFixture.sign;
import static io.coterie.chaincode.did.DidFixture.signed;
import static io.coterie.chaincode.did.DidFixture.uint;
import static io.coterie.chaincode.did.DidRegistryTest.data;
import static io.coterie.chaincode.did.DidRegistryTest.u;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Sign;

/**
 * The {@code …Signed} variants: the owner signs the reference contract's hash, a relayer (the shop)
 * sends it, and the owner's nonce makes each signature usable once.
 */
class DidSignedChangesTest {
  private static final Word VERI_KEY = DelegateTypes.VERI_KEY;
  private static final byte[] ENDPOINT = "https://a.example/".getBytes(StandardCharsets.UTF_8);

  private final DidFixture chain = new DidFixture();
  private final ChainAddress alice = address(ALICE);
  private final ChainAddress bob = address(BOB);

  private Outcome relay(byte[] input) {
    return chain.call(SHOP, input);
  }

  private static byte[] badSignature() {
    return SolidityError.reason("bad_signature");
  }

  @Test
  void aRelayerSubmitsAnOwnerChangeTheOwnerSignedAndTheNonceMovesOn() {
    Sign.SignatureData sig = sign(ALICE, alice, BigInteger.ZERO, "changeOwner", bob.bytes());

    Outcome outcome = relay(signed("changeOwner", alice, sig, addr(bob)));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.logs().get(0).dataHex()).isEqualTo(data(addr(bob), u(0)));
    assertThat(chain.identityOwner(alice)).isEqualTo(bob);
    assertThat(chain.nonce(alice)).isEqualTo(1);
  }

  @Test
  void aSignatureIsUsableOnceBecauseItCoversTheNonce() {
    Sign.SignatureData sig =
        sign(
            ALICE, alice, BigInteger.ZERO, "addDelegate", VERI_KEY.bytes(), SHOP.bytes(), uint(60));
    byte[] input = signed("addDelegate", alice, sig, b32(VERI_KEY), addr(SHOP), u(60));
    relay(input);

    Outcome replay = relay(input);

    assertThat(replay.result().data()).isEqualTo(badSignature());
    assertThat(chain.nonce(alice)).isEqualTo(1);
  }

  @Test
  void onlyTheCurrentOwnersSignatureOverItsOwnNonceCounts() {
    chain.call(alice, DidFixture.changeOwner(alice, bob));
    Sign.SignatureData byOldOwner =
        sign(ALICE, alice, BigInteger.ZERO, "changeOwner", alice.bytes());
    Sign.SignatureData byStranger =
        sign(CAROL, alice, BigInteger.ZERO, "changeOwner", alice.bytes());
    Sign.SignatureData byOwner = sign(BOB, alice, BigInteger.ZERO, "changeOwner", alice.bytes());

    assertThat(relay(signed("changeOwner", alice, byOldOwner, addr(alice))).result().data())
        .isEqualTo(badSignature());
    assertThat(relay(signed("changeOwner", alice, byStranger, addr(alice))).result().data())
        .isEqualTo(badSignature());
    assertThat(relay(signed("changeOwner", alice, byOwner, addr(alice))).succeeded()).isTrue();
    assertThat(chain.nonce(bob)).isEqualTo(1);
    assertThat(chain.nonce(alice)).isEqualTo(0);
    assertThat(chain.identityOwner(alice)).isEqualTo(alice);
  }

  @Test
  void aSignatureOverOtherArgumentsOrWithABrokenVIsRefused() {
    Sign.SignatureData sig =
        sign(
            ALICE, alice, BigInteger.ZERO, "addDelegate", VERI_KEY.bytes(), SHOP.bytes(), uint(60));

    Outcome otherValidity =
        relay(signed("addDelegate", alice, sig, b32(VERI_KEY), addr(SHOP), u(61)));
    Sign.SignatureData brokenV = new Sign.SignatureData((byte) 29, sig.getR(), sig.getS());
    Outcome broken = relay(signed("addDelegate", alice, brokenV, b32(VERI_KEY), addr(SHOP), u(60)));

    assertThat(otherValidity.result().data()).isEqualTo(badSignature());
    assertThat(broken.result().data()).isEqualTo(badSignature());
    assertThat(chain.validDelegate(alice, VERI_KEY, SHOP)).isFalse();
    assertThat(chain.nonce(alice)).isZero();
  }

  @Test
  void everyChangeHasASignedVariant() {
    BigInteger n = BigInteger.ZERO;
    Sign.SignatureData add =
        sign(ALICE, alice, n, "addDelegate", VERI_KEY.bytes(), SHOP.bytes(), uint(600));
    assertThat(
            relay(signed("addDelegate", alice, add, b32(VERI_KEY), addr(SHOP), u(600))).succeeded())
        .isTrue();
    assertThat(chain.validDelegate(alice, VERI_KEY, SHOP)).isTrue();

    Sign.SignatureData revoke =
        sign(ALICE, alice, n.add(BigInteger.ONE), "revokeDelegate", VERI_KEY.bytes(), SHOP.bytes());
    assertThat(
            relay(signed("revokeDelegate", alice, revoke, b32(VERI_KEY), addr(SHOP))).succeeded())
        .isTrue();
    assertThat(chain.validDelegate(alice, VERI_KEY, SHOP)).isFalse();

    Sign.SignatureData set =
        sign(ALICE, alice, BigInteger.TWO, "setAttribute", SERVICE.bytes(), ENDPOINT, uint(600));
    Outcome attribute =
        relay(
            signed(
                "setAttribute",
                alice,
                set,
                b32(SERVICE),
                new DynamicBytes(ENDPOINT),
                new Uint256(600)));
    assertThat(attribute.succeeded()).isTrue();
    assertThat(attribute.logs().get(0).topics().get(0))
        .isEqualTo(DidRegistryEvents.ATTRIBUTE_CHANGED.topic0());

    Sign.SignatureData unset =
        sign(ALICE, alice, BigInteger.valueOf(3), "revokeAttribute", SERVICE.bytes(), ENDPOINT);
    Outcome revoked =
        relay(signed("revokeAttribute", alice, unset, b32(SERVICE), new DynamicBytes(ENDPOINT)));
    assertThat(revoked.succeeded()).isTrue();
    assertThat(revoked.logs().get(0).dataHex())
        .isEqualTo(
            data(b32(SERVICE), new DynamicBytes(ENDPOINT), u(0), u(chain.host.block().number())));
    assertThat(chain.nonce(alice)).isEqualTo(4);
  }
}
