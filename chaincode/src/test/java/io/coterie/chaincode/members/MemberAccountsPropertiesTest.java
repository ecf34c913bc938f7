package io.coterie.chaincode.members;

import static io.coterie.chaincode.members.MemberAccountsFixture.ACCOUNTS;
import static io.coterie.chaincode.members.MemberAccountsFixture.SPONSOR;
import static io.coterie.chaincode.members.MemberAccountsFixture.assertReverted;
import static io.coterie.chaincode.members.MemberAccountsFixture.passkey;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.SoftwarePasskey;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Utf8String;

/** Properties of the request rules over many nonces, deadlines, tamperings and limits. */
class MemberAccountsPropertiesTest {
  private static final long SEED = Long.getLong("QT_SEED", 1008L);
  private final MemberAccountsFixture f = new MemberAccountsFixture();
  private final SoftwarePasskey key = passkey(1);
  private final ChainAddress account = f.create(key);
  private final byte[] noop = fn("nonceOf", addr(account));

  @Test
  void anyNonceButTheNextIsRefusedAndChangesNothing() {
    qt().withExamples(40)
        .withFixedSeed(SEED)
        .forAll(longs().between(1, Long.MAX_VALUE))
        .checkAssert(
            nonce -> {
              TestHost.Outcome out =
                  f.execute(
                      key,
                      account,
                      ACCOUNTS,
                      noop,
                      BigInteger.valueOf(nonce),
                      f.deadline(),
                      p -> p);
              assertReverted(
                  out, MemberAccountsErrors.WRONG_NONCE, addr(account), u256(0), u256(nonce));
              assertThat(f.nonce(account)).isZero();
            });
  }

  @Test
  void anyDeadlineBeforeTheBlockIsRefusedAndAnyFromItOnAccepted() {
    long now = f.host.block().timestampSeconds();
    qt().withExamples(30)
        .withFixedSeed(SEED)
        .forAll(longs().between(-1_000_000, 1_000_000))
        .checkAssert(
            offset -> {
              BigInteger nonce = f.nonce(account);
              TestHost.Outcome out =
                  f.execute(key, account, ACCOUNTS, noop, nonce, now + offset, p -> p);
              assertThat(out.succeeded()).isEqualTo(offset >= 0);
              assertThat(f.nonce(account))
                  .isEqualTo(offset >= 0 ? nonce.add(BigInteger.ONE) : nonce);
            });
  }

  @Test
  void anyFlagsWithoutUpOrUvAreRefused() {
    qt().withExamples(60)
        .withFixedSeed(SEED)
        .forAll(integers().between(0, 255))
        .checkAssert(
            flags -> {
              TestHost.Outcome out =
                  f.execute(
                      key,
                      account,
                      ACCOUNTS,
                      noop,
                      f.nonce(account),
                      f.deadline(),
                      p -> p.withFlags(flags));
              boolean ok = (flags & 0x01) != 0 && (flags & 0x04) != 0;
              assertThat(out.succeeded()).as("flags %s", flags).isEqualTo(ok);
            });
  }

  @Test
  void anOriginIsAcceptedExactlyWhenTheBrandAllowedIt() {
    String[] origins = {
      "http://localhost:8545", "http://localhost:8546", "https://localhost:8545",
      "http://localhost", "http://127.0.0.1:8545", "http://localhost:8545/"
    };
    qt().withExamples(30)
        .withFixedSeed(SEED)
        .forAll(integers().between(0, origins.length - 1))
        .checkAssert(
            i -> {
              String origin = origins[i];
              TestHost.Outcome out =
                  f.execute(
                      key,
                      account,
                      ACCOUNTS,
                      noop,
                      f.nonce(account),
                      f.deadline(),
                      p -> p.withOrigin(origin));
              if (origin.equals(MemberAccountsFixture.ORIGIN)) {
                assertThat(out.succeeded()).isTrue();
              } else {
                assertReverted(
                    out, MemberAccountsErrors.ORIGIN_NOT_ALLOWED, new Utf8String(origin));
              }
            });
  }

  @Test
  void aSponsorLimitAdmitsExactlyMaxRequestsPerWindow() {
    qt().withExamples(8)
        .withFixedSeed(SEED)
        .forAll(integers().between(1, 4), integers().between(10, 100))
        .checkAssert(
            (max, window) -> {
              f.modules.ok(
                  ModulesFixture.ADMIN,
                  ACCOUNTS,
                  fn("setSponsorLimit", addr(SPONSOR), u256(max), u256(window)));
              f.host.advanceSeconds(window); // a fresh window
              long start = f.host.block().timestampSeconds();
              for (int i = 0; i < max; i++) {
                assertThat(f.execute(key, account, ACCOUNTS, noop).succeeded()).isTrue();
              }
              assertReverted(
                  f.execute(key, account, ACCOUNTS, noop),
                  MemberAccountsErrors.SPONSOR_RATE_LIMITED,
                  addr(SPONSOR),
                  u256(max),
                  u256(window),
                  u256(start + window));
              f.host.advanceSeconds(window);
              assertThat(f.execute(key, account, ACCOUNTS, noop).succeeded()).isTrue();
            });
  }

  @Test
  void aMemberLimitHoldsWhateverTheSponsor() {
    f.modules.ok(ModulesFixture.ADMIN, ACCOUNTS, fn("setMemberLimit", u256(2), u256(60)));
    long start = f.host.block().timestampSeconds();
    assertThat(f.execute(key, account, ACCOUNTS, noop).succeeded()).isTrue();
    assertThat(f.execute(key, account, ACCOUNTS, noop).succeeded()).isTrue();
    assertReverted(
        f.execute(key, account, ACCOUNTS, noop),
        MemberAccountsErrors.MEMBER_RATE_LIMITED,
        addr(account),
        u256(2),
        u256(60),
        u256(start + 60));
    assertReverted(
        f.host.call(ModulesFixture.ADMIN, ACCOUNTS, fn("setMemberLimit", u256(2), u256(0))),
        MemberAccountsErrors.INVALID_LIMIT,
        u256(2),
        u256(0));
    assertThat(AbiCalls.uint(f.modules.view(ACCOUNTS, noop))).isEqualTo(2);
  }
}
