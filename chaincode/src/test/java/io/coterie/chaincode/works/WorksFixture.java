package io.coterie.chaincode.works;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import org.web3j.abi.datatypes.Utf8String;

/**
 * Every module over the devnet's roles, one transferable points program (shop #1 authorised) in
 * which members #4-#9 ({@code member(0..5)}) and the shop hold 10,000 points each.
 */
final class WorksFixture {
  static final ChainAddress WORKS = WorksLayout.ADDRESS;
  static final long START_POINTS = 10_000;

  final ModulesFixture chain = new ModulesFixture();
  final long program = chain.createProgram("Creator Points", true, 0);

  WorksFixture() {
    ModulesFixture.members().forEach(m -> chain.award(program, m, START_POINTS));
    chain.award(program, ModulesFixture.SHOP, START_POINTS);
  }

  static byte[] mintCall(Word contentHash, String uri, long royaltyBps) {
    return fn("mintWork", b32(contentHash), new Utf8String(uri), u256(royaltyBps));
  }

  /** {@code creator} mints a work of {@code content} at {@code royaltyBps}; returns its id. */
  long mint(ChainAddress creator, String content, long royaltyBps) {
    return AbiCalls.uint(
            chain.ok(
                creator, WORKS, mintCall(Word.keccak(content), "ipfs://" + content, royaltyBps)))
        .longValueExact();
  }

  Outcome call(ChainAddress from, byte[] input) {
    return chain.call(from, WORKS, input);
  }

  void approvePoints(ChainAddress owner, long amount) {
    chain.ok(owner, ModulesFixture.points(program), fn("approve", addr(WORKS), u256(amount)));
  }

  BigInteger points(ChainAddress who) {
    return chain.uint(ModulesFixture.points(program), "balanceOf", addr(who));
  }

  ChainAddress ownerOf(long tokenId) {
    return AbiCalls.address(chain.view(WORKS, fn("ownerOf", u256(tokenId))));
  }

  byte[] list(long tokenId, long price) {
    return fn("list", u256(tokenId), u256(program), u256(price));
  }

  byte[] buyUse(long tokenId, long price) {
    return fn("buyUse", u256(tokenId), u256(program), u256(price));
  }
}
