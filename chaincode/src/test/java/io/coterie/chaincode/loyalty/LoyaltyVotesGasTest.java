package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.LOYALTY;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import org.junit.jupiter.api.Test;

/** The gas ILoyaltyToken.sol and ILoyaltyPrograms.sol document for votes and ownership. */
class LoyaltyVotesGasTest {
  private final ModulesFixture chain = new ModulesFixture();
  private final long id = chain.createProgram("Vote Points", true, 0);
  private final ChainAddress token = points(id);

  private long gas(ChainAddress from, ChainAddress to, byte[] input) {
    Outcome outcome = chain.call(from, to, input);
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    return outcome.gasUsed();
  }

  private long view(ChainAddress to, byte[] input) {
    return chain.host.staticCall(OUTSIDER, to, input).gasUsed();
  }

  @Test
  void votesCostTheDocumentedGas() {
    chain.award(id, member(0), 500);
    chain.award(id, member(1), 500);
    assertThat(gas(ADMIN, LOYALTY, fn("enableVotes", u256(id)))).isEqualTo(63657);
    assertThat(gas(member(1), token, fn("delegate", addr(member(1))))).isEqualTo(80788);
    chain.ok(member(0), token, fn("delegate", addr(member(0))));
    chain.mine(1);
    assertThat(gas(member(0), token, fn("transfer", addr(member(1)), u256(10))))
        .as("both sides delegated: two checkpoints in a new block")
        .isEqualTo(134918);
    assertThat(gas(member(2), token, fn("transfer", addr(member(3)), u256(0))))
        .as("nobody delegated: no checkpoint")
        .isEqualTo(32144);
    assertThat(gas(SHOP, token, fn("award", addr(member(0)), u256(10), b32(Word.keccak("x")))))
        .isEqualTo(152324);
    assertThat(view(LOYALTY, fn("votesEnabled", u256(id)))).isEqualTo(6776);
    assertThat(view(token, fn("getVotes", addr(member(0))))).isEqualTo(8876);
    assertThat(view(token, fn("delegates", addr(member(0))))).isEqualTo(6776);
  }

  @Test
  void ownershipCostsTheDocumentedGas() {
    assertThat(view(token, fn("owner"))).isEqualTo(6264);
    assertThat(gas(ADMIN, token, fn("transferOwnership", addr(GOVERNOR)))).isEqualTo(28276);
    assertThat(gas(GOVERNOR, token, fn("acceptOwnership"))).isEqualTo(19864);
  }
}
