package io.coterie.chaincode.did;

import static io.coterie.chaincode.did.DidFixture.ALICE;
import static io.coterie.chaincode.did.DidFixture.BOB;
import static io.coterie.chaincode.did.DidFixture.REGISTRY;
import static io.coterie.chaincode.did.DidFixture.SERVICE;
import static io.coterie.chaincode.did.DidFixture.SHOP;
import static io.coterie.chaincode.did.DidFixture.address;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** ERC-1056 semantics: owners, delegates by block time, attributes as events, the change chain. */
class DidRegistryTest {
  private static final Word VERI_KEY = DelegateTypes.VERI_KEY;
  private static final byte[] ENDPOINT =
      "https://brand.example/inbox".getBytes(StandardCharsets.UTF_8);

  private final DidFixture chain = new DidFixture();
  private final ChainAddress alice = address(ALICE);
  private final ChainAddress bob = address(BOB);

  private long now() {
    return chain.host.block().timestampSeconds();
  }

  private long block() {
    return chain.host.block().number();
  }

  @SuppressWarnings("rawtypes")
  static String data(Type... values) {
    return Numeric.toHexString(AbiValues.encode(values));
  }

  static Uint256 u(long v) {
    return new Uint256(BigInteger.valueOf(v));
  }

  @Test
  void anIdentityOwnsItselfUntilItsOwnerHandsItOn() {
    assertThat(chain.identityOwner(alice)).isEqualTo(alice);
    assertThat(AbiCalls.address(chain.view(fn("owners", addr(alice)))))
        .isEqualTo(ChainAddress.ZERO);

    Outcome changed = chain.call(alice, DidFixture.changeOwner(alice, bob));

    assertThat(changed.succeeded()).isTrue();
    assertThat(changed.logs()).hasSize(1);
    LogEntry log = changed.logs().get(0);
    assertThat(log.emitter()).isEqualTo(REGISTRY);
    assertThat(log.topics())
        .containsExactly(DidRegistryEvents.OWNER_CHANGED.topic0(), Word.of(alice));
    assertThat(log.dataHex()).isEqualTo(data(addr(bob), u(0)));
    assertThat(chain.identityOwner(alice)).isEqualTo(bob);
    assertThat(AbiCalls.address(chain.view(fn("owners", addr(alice))))).isEqualTo(bob);
    assertThat(chain.changed(alice)).isEqualTo(block());

    assertThat(chain.call(alice, DidFixture.changeOwner(alice, alice)).result().data())
        .isEqualTo(SolidityError.reason("bad_actor"));
    assertThat(chain.call(bob, DidFixture.changeOwner(alice, alice)).succeeded()).isTrue();
  }

  @Test
  void onlyTheOwnerChangesAnIdentityAndARefusalWritesNothing() {
    byte[][] changes = {
      DidFixture.changeOwner(alice, SHOP),
      DidFixture.addDelegate(alice, VERI_KEY, SHOP, 3600),
      DidFixture.revokeDelegate(alice, VERI_KEY, SHOP),
      DidFixture.setAttribute(alice, SERVICE, ENDPOINT, 3600),
      DidFixture.revokeAttribute(alice, SERVICE, ENDPOINT),
    };
    for (byte[] change : changes) {
      Outcome refused = chain.call(SHOP, change);

      assertThat(refused.succeeded()).isFalse();
      assertThat(refused.result().data()).isEqualTo(SolidityError.reason("bad_actor"));
    }
    assertThat(chain.host.world().storageOf(REGISTRY)).isEmpty();
    assertThat(chain.host.world().logs()).isEmpty();
  }

  @Test
  void aDelegateIsValidFromItsAdditionUntilValidToByBlockTime() {
    long added = now();
    Outcome outcome = chain.call(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, 100));

    assertThat(outcome.logs()).hasSize(1);
    assertThat(outcome.logs().get(0).topics())
        .containsExactly(DidRegistryEvents.DELEGATE_CHANGED.topic0(), Word.of(alice));
    assertThat(outcome.logs().get(0).dataHex())
        .isEqualTo(data(b32(VERI_KEY), addr(SHOP), u(added + 100), u(0)));
    assertThat(chain.validDelegate(alice, VERI_KEY, SHOP)).isTrue();
    assertThat(chain.validDelegate(alice, DelegateTypes.SIG_AUTH, SHOP)).isFalse();
    assertThat(chain.validDelegate(bob, VERI_KEY, SHOP)).isFalse();
    byte[] stored =
        chain.view(fn("delegates", addr(alice), b32(DelegateTypes.typeHash(VERI_KEY)), addr(SHOP)));
    assertThat(AbiCalls.uint(stored)).isEqualTo(added + 100);

    chain.host.advance(1, 99);
    assertThat(chain.validDelegate(alice, VERI_KEY, SHOP)).isTrue();
    chain.host.advance(1, 1);
    assertThat(chain.validDelegate(alice, VERI_KEY, SHOP)).isFalse();
  }

  @Test
  void aRevokedDelegateIsInvalidAtOnceAndTheEventSaysSinceWhen() {
    chain.call(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, 3600));
    long firstChange = block();
    chain.host.advance(1, 10);

    Outcome revoked = chain.call(alice, DidFixture.revokeDelegate(alice, VERI_KEY, SHOP));

    assertThat(revoked.logs().get(0).dataHex())
        .isEqualTo(data(b32(VERI_KEY), addr(SHOP), u(now()), u(firstChange)));
    assertThat(chain.validDelegate(alice, VERI_KEY, SHOP)).isFalse();
  }

  @Test
  void attributesAreLoggedWithTheirValidityAndNeverStored() {
    long set = now();
    Outcome added = chain.call(alice, DidFixture.setAttribute(alice, SERVICE, ENDPOINT, 86400));
    long firstChange = block();
    chain.host.mine(1);
    Outcome revoked = chain.call(alice, DidFixture.revokeAttribute(alice, SERVICE, ENDPOINT));

    assertThat(added.logs().get(0).topics())
        .containsExactly(DidRegistryEvents.ATTRIBUTE_CHANGED.topic0(), Word.of(alice));
    assertThat(added.logs().get(0).dataHex())
        .isEqualTo(data(b32(SERVICE), new DynamicBytes(ENDPOINT), u(set + 86400), u(0)));
    assertThat(revoked.logs().get(0).dataHex())
        .isEqualTo(data(b32(SERVICE), new DynamicBytes(ENDPOINT), u(0), u(firstChange)));
    assertThat(chain.host.world().storageOf(REGISTRY))
        .containsOnlyKeys(DidRegistryLayout.changed(alice));
  }

  @Test
  void aValidityThatOverflowsPanicsAsSolidityDoesAndWritesNothing() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    Outcome outcome = chain.call(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, max));

    assertThat(outcome.result().data()).isEqualTo(SolidityError.panic(0x11));
    assertThat(chain.host.world().storageOf(REGISTRY)).isEmpty();
    BigInteger fits = max.subtract(BigInteger.valueOf(now()));
    assertThat(chain.call(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, fits)).succeeded())
        .isTrue();
  }

  @Test
  void storageSitsAtTheReferenceContractsSlots() {
    chain.call(alice, DidFixture.addDelegate(alice, VERI_KEY, SHOP, 100));
    chain.call(alice, DidFixture.changeOwner(alice, bob));

    assertThat(chain.host.world().storageOf(REGISTRY))
        .containsEntry(owners(alice), Word.of(bob))
        .containsEntry(
            delegates(alice, DelegateTypes.typeHash(VERI_KEY), SHOP), Word.of(now() + 100))
        .containsEntry(changedSlot(alice), Word.of(block()))
        .hasSize(3);
  }

  @Test
  void writesAreRefusedInAStaticCallAndValueIsRefused() {
    byte[] change = DidFixture.changeOwner(alice, bob);
    Outcome inStatic = chain.host.staticCall(alice, REGISTRY, change);
    Outcome withValue = chain.host.run(alice, REGISTRY, change, BigInteger.ONE, false, 1_000_000);

    assertThat(inStatic.result().data())
        .isEqualTo(
            StandardErrors.WRITE_IN_STATIC_CALL.encode(
                AbiValues.bytes4(Selector.of("changeOwner(address,address)"))));
    assertThat(withValue.result().data()).isEqualTo(StandardErrors.NOT_PAYABLE.encode(u(1)));
    assertThat(chain.identityOwner(alice)).isEqualTo(alice);
  }

  @Test
  void anAddressWithDirtyHighBytesIsMalformedCalldata() {
    byte[] change = DidFixture.changeOwner(alice, bob);
    change[4] = 1;

    assertThat(chain.call(alice, change).result().data())
        .isEqualTo(StandardErrors.MALFORMED_CALLDATA.encode());
  }

  private static Word owners(ChainAddress identity) {
    return mapping(Word.of(identity), Word.of(0));
  }

  private static Word changedSlot(ChainAddress identity) {
    return mapping(Word.of(identity), Word.of(2));
  }

  private static Word delegates(ChainAddress identity, Word typeHash, ChainAddress delegate) {
    return mapping(Word.of(delegate), mapping(typeHash, mapping(Word.of(identity), Word.of(1))));
  }

  /** {@code keccak256(key . slot)}, computed here rather than through StorageSlots. */
  private static Word mapping(Word key, Word slot) {
    byte[] buf = new byte[64];
    System.arraycopy(key.bytes(), 0, buf, 0, 32);
    System.arraycopy(slot.bytes(), 0, buf, 32, 32);
    return Word.wrap(Hash.sha3(buf));
  }
}
