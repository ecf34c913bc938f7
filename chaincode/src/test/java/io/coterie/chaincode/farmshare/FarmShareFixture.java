package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.gtin.GtinCalls;
import io.coterie.chaincode.gtin.GtinRegistryLayout;
import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.chaincode.provenance.ProvenanceLayout;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Every module the node loads (Provenance at version 1, the GTIN registry), with two farms holding
 * FARM_ROLE, the devnet's members, and a transferable points program the seasons are priced in.
 */
final class FarmShareFixture {
  static final ChainAddress SHARES = FarmShareLayout.ADDRESS;
  static final ChainAddress FARM = ChainAddress.of(0xfa);
  static final ChainAddress OTHER_FARM = ChainAddress.of(0xfb);
  static final ChainAddress ALICE = ModulesFixture.member(0);
  static final ChainAddress BOB = ModulesFixture.member(1);
  static final String FARM_GLN = "0614141000005";
  static final String FARM_PREFIX = "0614141";
  static final String OTHER_PREFIX = "0712345";
  static final long DAY = 86_400;

  final ModulesFixture chain = new ModulesFixture();
  final long program;
  final ChainAddress token;

  FarmShareFixture() {
    for (ChainAddress farm : List.of(FARM, OTHER_FARM)) {
      chain.ok(
          ADMIN,
          StandardRoles.ROLES_ADDRESS,
          fn("grantRole", b32(StandardRoles.FARM_ROLE), addr(farm)));
    }
    program = chain.createProgram("Farm Points", true, 0);
    token = ModulesFixture.points(program);
  }

  long now() {
    return chain.host.block().timestampSeconds();
  }

  /** Season {@code id} by {@link #FARM}: starts in a day, then {@code deliveries} weekly. */
  long offer(long id, long shares, long price, int deliveries) {
    return offer(id, shares, price, deliveries, DAY);
  }

  /** Season {@code id} by {@link #FARM}: starts in {@code startsIn} seconds; returns the start. */
  long offer(long id, long shares, long price, int deliveries, long startsIn) {
    long start = now() + startsIn;
    ok(
        FARM,
        FarmShareCalls.offerSeasonByInterval(
            id, "Summer box", shares, program, price, start, deliveries, 7 * DAY));
    return start;
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return chain.call(from, SHARES, input);
  }

  byte[] ok(ChainAddress from, byte[] input) {
    return chain.ok(from, SHARES, input);
  }

  byte[] view(byte[] input) {
    return chain.view(SHARES, input);
  }

  /** Awards {@code amount} points to {@code member}, who approves the precompile for them. */
  void fund(ChainAddress member, long amount) {
    chain.award(program, member, amount);
    approve(member, amount);
  }

  void approve(ChainAddress owner, long amount) {
    chain.ok(owner, token, fn("approve", addr(SHARES), u256(amount)));
  }

  TypedDataSigner.Vrs permit(int memberIndex, long value, long deadline) {
    ChainAddress owner = ModulesFixture.member(memberIndex);
    long nonce = chain.uint(token, "nonces", addr(owner)).longValueExact();
    return TypedDataSigner.permit(
        ModulesFixture.MEMBER_KEYS.get(memberIndex),
        "Farm Points",
        token,
        SHARES,
        BigInteger.valueOf(value),
        nonce,
        deadline);
  }

  BigInteger points(ChainAddress holder) {
    return chain.uint(token, "balanceOf", addr(holder));
  }

  BigInteger sharesOf(long seasonId, ChainAddress member) {
    return AbiCalls.uint(view(FarmShareCalls.sharesOf(seasonId, member)));
  }

  void startSeason(long start) {
    chain.host.advanceSeconds(start - now());
  }

  /** A GTIN-14 under {@code prefix}. */
  static String gtin(String prefix, String item) {
    return GtinCalls.gtin("1", prefix, item);
  }

  void registerPrefix(String prefix, ChainAddress owner) {
    chain.ok(ADMIN, GtinRegistryLayout.ADDRESS, GtinCalls.registerPrefix(prefix, owner));
  }

  /** Commissions lot {@code lot} of {@code gtin} by {@code by}; returns its lot id. */
  Word commission(ChainAddress by, String gtin, String lot) {
    byte[] out =
        chain.ok(
            by,
            ProvenanceLayout.ADDRESS,
            fn(
                "commissionLot",
                new Utf8String(gtin),
                new Utf8String(lot),
                new Uint8(BizStep.COMMISSIONING.code()),
                new Uint8(Disposition.ACTIVE.code()),
                new Uint64(now()),
                new Utf8String(FARM_GLN),
                new Utf8String(FARM_GLN),
                new Bool(false),
                new Int32(0),
                new Int32(0),
                b32(Word.ZERO),
                new Utf8String("")));
    return Word.wrap(Arrays.copyOfRange(out, 0, 32));
  }

  void recall(ChainAddress by, Word lotId) {
    chain.ok(by, ProvenanceLayout.ADDRESS, fn("recall", b32(lotId), b32(Word.keccak("spoiled"))));
  }

  /** The revert data of a call that must fail. */
  static byte[] reverted(TestHost.Outcome outcome) {
    assertThat(outcome.succeeded()).as("call reverts: %s", outcome).isFalse();
    return outcome.result().data();
  }
}
