package io.coterie.chaincode.did;

import static io.coterie.chaincode.did.DidFixture.sign;
import static io.coterie.chaincode.did.DidFixture.signed;
import static io.coterie.chaincode.did.DidFixture.uint;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;

/**
 * Over any sequence of owner changes (sent or signed, by the owner or not), delegate additions with
 * validity windows, revocations, attributes and block-time advances: identityOwner, validDelegate
 * and nonce match a plain model, and walking back from {@code changed(identity)} through each
 * event's {@code previousChange}, as ethr-did-resolver does, reaches every event of the identity in
 * order.
 */
class DidRegistryModelPropertyTest {
  private static final List<Credentials> KEYS =
      List.of(DidFixture.ALICE, DidFixture.BOB, DidFixture.CAROL);
  private static final List<ChainAddress> ACTORS = KEYS.stream().map(DidFixture::address).toList();
  private static final List<ChainAddress> IDENTITIES = ACTORS.subList(0, 2);
  private static final List<ChainAddress> DELEGATES = List.of(DidFixture.SHOP, ACTORS.get(2));
  private static final List<Word> TYPES = List.of(DelegateTypes.VERI_KEY, DelegateTypes.SIG_AUTH);

  enum Kind {
    CHANGE_OWNER,
    CHANGE_OWNER_SIGNED,
    ADD_DELEGATE,
    ADD_DELEGATE_SIGNED,
    REVOKE_DELEGATE,
    SET_ATTRIBUTE,
    NEXT_BLOCK,
    SAME_BLOCK_TIME_PASSES
  }

  /** {@code pick} chooses the target (new owner or delegate) and the delegate type. */
  record Step(Kind kind, int identity, int actor, int pick, int seconds) {
    ChainAddress identityAddress() {
      return IDENTITIES.get(identity);
    }

    ChainAddress newOwner() {
      return ACTORS.get(pick % 3);
    }

    ChainAddress delegate() {
      return DELEGATES.get(pick % 2);
    }

    Word type() {
      return TYPES.get(pick / 3 % 2);
    }
  }

  record Key(int identity, int type, int delegate) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return Integer.compare(
          identity * 100 + type * 10 + delegate, o.identity * 100 + o.type * 10 + o.delegate);
    }
  }

  /** A log and the block it was emitted in. */
  record Logged(long block, LogEntry log) {}

  private static Gen<List<Step>> steps() {
    return lists()
        .of(
            Generate.enumValues(Kind.class)
                .zip(
                    integers().between(0, 1),
                    integers().between(0, 2),
                    integers().between(0, 5),
                    integers().between(0, 40),
                    Step::new))
        .ofSizeBetween(0, 40);
  }

  @Test
  void ownersDelegatesNoncesAndTheChangeChainMatchTheModel() {
    qt().withExamples(150)
        .withFixedSeed(Long.getLong("QT_SEED", 1056))
        .forAll(steps())
        .checkAssert(this::check);
  }

  private void check(List<Step> steps) {
    DidFixture chain = new DidFixture();
    SortedMap<Integer, ChainAddress> owners = new TreeMap<>();
    SortedMap<Key, Long> validTo = new TreeMap<>();
    SortedMap<Integer, BigInteger> nonces = new TreeMap<>();
    List<Logged> logs = new ArrayList<>();

    for (Step s : steps) {
      long now = chain.host.block().timestampSeconds();
      ChainAddress identity = s.identityAddress();
      ChainAddress owner = owners.getOrDefault(s.identity(), identity);
      ChainAddress actor = ACTORS.get(s.actor());
      boolean byOwner = actor.equals(owner);
      Outcome outcome =
          switch (s.kind()) {
            case CHANGE_OWNER -> chain.call(actor, DidFixture.changeOwner(identity, s.newOwner()));
            case CHANGE_OWNER_SIGNED ->
                chain.call(DidFixture.SHOP, signedOwnerChange(s, owner, nonces));
            case ADD_DELEGATE ->
                chain.call(
                    actor, DidFixture.addDelegate(identity, s.type(), s.delegate(), s.seconds()));
            case ADD_DELEGATE_SIGNED ->
                chain.call(DidFixture.SHOP, signedAddDelegate(s, owner, nonces));
            case REVOKE_DELEGATE ->
                chain.call(actor, DidFixture.revokeDelegate(identity, s.type(), s.delegate()));
            case SET_ATTRIBUTE ->
                chain.call(
                    actor,
                    DidFixture.setAttribute(
                        identity, DidFixture.SERVICE, new byte[s.pick()], s.seconds()));
            case NEXT_BLOCK -> {
              chain.host.advance(1, s.seconds());
              yield null;
            }
            case SAME_BLOCK_TIME_PASSES -> null;
          };
      if (outcome == null) {
        continue;
      }
      assertThat(outcome.succeeded()).as("%s by owner=%s", s, byOwner).isEqualTo(byOwner);
      if (!byOwner) {
        assertThat(outcome.logs()).isEmpty();
        continue;
      }
      outcome.logs().forEach(log -> logs.add(new Logged(chain.host.block().number(), log)));
      Key key = new Key(s.identity(), s.pick() / 3 % 2, s.pick() % 2);
      switch (s.kind()) {
        case CHANGE_OWNER, CHANGE_OWNER_SIGNED -> owners.put(s.identity(), s.newOwner());
        case ADD_DELEGATE, ADD_DELEGATE_SIGNED -> validTo.put(key, now + s.seconds());
        case REVOKE_DELEGATE -> validTo.put(key, now);
        case SET_ATTRIBUTE, NEXT_BLOCK, SAME_BLOCK_TIME_PASSES -> {}
      }
      if (s.kind() == Kind.CHANGE_OWNER_SIGNED || s.kind() == Kind.ADD_DELEGATE_SIGNED) {
        nonces.merge(ACTORS.indexOf(owner), BigInteger.ONE, BigInteger::add);
      }
    }

    long now = chain.host.block().timestampSeconds();
    for (int i = 0; i < IDENTITIES.size(); i++) {
      ChainAddress identity = IDENTITIES.get(i);
      assertThat(chain.identityOwner(identity)).isEqualTo(owners.getOrDefault(i, identity));
      for (int t = 0; t < TYPES.size(); t++) {
        for (int d = 0; d < DELEGATES.size(); d++) {
          boolean expected = validTo.getOrDefault(new Key(i, t, d), 0L) > now;
          assertThat(chain.validDelegate(identity, TYPES.get(t), DELEGATES.get(d)))
              .isEqualTo(expected);
        }
      }
      assertThat(walkBack(chain.changed(identity), identity, logs))
          .isEqualTo(logs.stream().filter(l -> isAbout(l, identity)).toList());
    }
    for (int a = 0; a < ACTORS.size(); a++) {
      assertThat(chain.nonce(ACTORS.get(a))).isEqualTo(nonces.getOrDefault(a, BigInteger.ZERO));
    }
  }

  /** The signed change is signed by the step's actor: valid only when that is the owner. */
  private static byte[] signedOwnerChange(
      Step s, ChainAddress owner, SortedMap<Integer, BigInteger> nonces) {
    Sign.SignatureData sig =
        sign(
            KEYS.get(s.actor()),
            s.identityAddress(),
            nonces.getOrDefault(ACTORS.indexOf(owner), BigInteger.ZERO),
            "changeOwner",
            s.newOwner().bytes());
    return signed("changeOwner", s.identityAddress(), sig, addr(s.newOwner()));
  }

  private static byte[] signedAddDelegate(
      Step s, ChainAddress owner, SortedMap<Integer, BigInteger> nonces) {
    Sign.SignatureData sig =
        sign(
            KEYS.get(s.actor()),
            s.identityAddress(),
            nonces.getOrDefault(ACTORS.indexOf(owner), BigInteger.ZERO),
            "addDelegate",
            s.type().bytes(),
            s.delegate().bytes(),
            uint(s.seconds()));
    return signed(
        "addDelegate",
        s.identityAddress(),
        sig,
        b32(s.type()),
        addr(s.delegate()),
        u256(s.seconds()));
  }

  /**
   * ethr-did-resolver's walk: fetch the identity's logs of block {@code changed}, take them newest
   * first, and continue at the first previousChange that points to an earlier block.
   */
  private static List<Logged> walkBack(long changed, ChainAddress identity, List<Logged> logs) {
    List<Logged> history = new ArrayList<>();
    long block = changed;
    while (block != 0) {
      long current = block;
      List<Logged> inBlock =
          new ArrayList<>(
              logs.stream().filter(l -> l.block() == current && isAbout(l, identity)).toList());
      assertThat(inBlock).as("logs in block %d that changed points to", current).isNotEmpty();
      block = 0;
      for (int i = inBlock.size() - 1; i >= 0; i--) {
        history.add(0, inBlock.get(i));
        long previous = previousChange(inBlock.get(i).log());
        if (previous < current) {
          block = previous;
        }
      }
    }
    return history;
  }

  private static boolean isAbout(Logged logged, ChainAddress identity) {
    return logged.log().topics().get(1).equals(Word.of(identity));
  }

  /** previousChange is head word 1 of DIDOwnerChanged's data and word 3 of the other two. */
  private static long previousChange(LogEntry log) {
    int word = log.topics().get(0).equals(DidRegistryEvents.OWNER_CHANGED.topic0()) ? 1 : 3;
    String hex = log.dataHex().substring(2 + 64 * word, 2 + 64 * (word + 1));
    return new BigInteger(hex, 16).longValueExact();
  }
}
