package io.coterie.chaincode.share;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.points;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Every module over the devnet's roles, with program {@link #program} (transferable, never
 * expiring) of which brand #0 holds {@link #BRAND_POINTS} and has approved {@code 0x…100a} for all
 * of them.
 */
final class ShareFixture {
  static final ChainAddress SHARING = ProfitSharingLayout.ADDRESS;
  static final long BRAND_POINTS = 1_000_000;

  final ModulesFixture chain = new ModulesFixture();
  final long program = chain.createProgram("Coterie Points", true, 0);

  ShareFixture() {
    chain.award(program, ADMIN, BRAND_POINTS);
    approve(ADMIN, BigInteger.valueOf(BRAND_POINTS));
    chain.mine(1);
  }

  void approve(ChainAddress owner, BigInteger amount) {
    chain.ok(owner, points(program), fn("approve", addr(SHARING), new Uint256(amount)));
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return chain.call(from, SHARING, input);
  }

  /** Calls and fails the test unless it succeeded; returns the uint256 it returned. */
  BigInteger ok(ChainAddress from, byte[] input) {
    return AbiCalls.uint(chain.ok(from, SHARING, input));
  }

  /** The revert data of a call that must fail. */
  byte[] revert(ChainAddress from, byte[] input) {
    TestHost.Outcome outcome = call(from, input);
    if (outcome.succeeded()) {
      throw new AssertionError("expected a revert, got " + outcome);
    }
    return outcome.result().data();
  }

  BigInteger view(byte[] input) {
    return AbiCalls.uint(chain.view(SHARING, input));
  }

  BigInteger balanceOf(ChainAddress account) {
    return chain.uint(points(program), "balanceOf", addr(account));
  }

  /** A listed round of {@code amount} by brand #0, expiring {@code blocks} blocks from now. */
  BigInteger openListed(
      long amount, long blocks, List<ChainAddress> members, List<BigInteger> weights) {
    return ok(
        ADMIN,
        ShareCalls.openListedRound(
            program, BigInteger.valueOf(amount), chain.block() + blocks, members, weights));
  }

  static List<BigInteger> weights(long... values) {
    return java.util.Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
  }

  /** A program of the brand's with votes enabled; {@code holders} get points and self-delegate. */
  long votingProgram(List<ChainAddress> holders, List<Long> amounts) {
    long id = chain.createProgram("Voting Points", true, 0);
    chain.ok(ADMIN, ModulesFixture.LOYALTY, fn("enableVotes", u256(id)));
    for (int i = 0; i < holders.size(); i++) {
      chain.award(id, holders.get(i), amounts.get(i));
      chain.ok(holders.get(i), points(id), fn("delegate", addr(holders.get(i))));
    }
    return id;
  }

  static ChainAddress outsider() {
    return OUTSIDER;
  }
}
