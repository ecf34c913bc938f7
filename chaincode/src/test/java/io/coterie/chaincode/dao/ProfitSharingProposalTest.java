package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.members;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.share.ProfitSharingEvents;
import io.coterie.chaincode.share.ProfitSharingLayout;
import io.coterie.chaincode.share.ShareCalls;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dividend decided by the members: an executed proposal makes the governor approve profit sharing
 * for points it holds and open a round weighed by the members' cards, and members claim.
 */
class ProfitSharingProposalTest {
  private static final ChainAddress SHARING = ProfitSharingLayout.ADDRESS;

  private final ModulesFixture chain = new ModulesFixture();
  private final DaoDriver dao = new DaoDriver(chain);
  private final long cards = chain.createMemberCollection(members());
  private final long program = chain.createProgram("Coterie Points", true, 0);

  ProfitSharingProposalTest() {
    Outcome initialized =
        chain.call(ADMIN, GOVERNOR, GovernorCalls.initialize(1, 20, 1, 67, 0, 0, 0));
    assertThat(initialized.succeeded()).as("%s", initialized).isTrue();
    chain.award(program, ADMIN, 6_000);
    chain.ok(ADMIN, points(program), fn("transfer", addr(GOVERNOR), u256(6_000)));
    chain.mine(1);
  }

  @Test
  void anExecutedProposalOpensARoundThatMembersClaim() {
    long snapshot = chain.block();
    long expiry = snapshot + 100;
    GovernorCalls.Proposal dividend =
        GovernorCalls.Proposal.of(
            List.of(points(program), SHARING),
            List.of(
                fn("approve", addr(SHARING), u256(6_000)),
                ShareCalls.openRound(
                    program, BigInteger.valueOf(6_000), 1, cards, snapshot, expiry)),
            "Dividend: 6000 points shared by card");

    Outcome executed = dao.pass(dividend);

    assertThat(executed.succeeded()).as("%s", executed).isTrue();
    assertThat(executed.logs())
        .anySatisfy(
            log -> {
              assertThat(log.emitter()).isEqualTo(SHARING);
              assertThat(log.topics())
                  .containsExactly(
                      ProfitSharingEvents.ROUND_OPENED.topic0(),
                      Word.of(1),
                      Word.of(GOVERNOR),
                      Word.of(program));
            });
    assertThat(chain.uint(points(program), "balanceOf", addr(GOVERNOR))).isZero();
    assertThat(AbiCalls.uint(chain.ok(member(4), SHARING, ShareCalls.claim(BigInteger.ONE))))
        .isEqualTo(1_000);
    assertThat(chain.uint(points(program), "balanceOf", addr(member(4)))).isEqualTo(1_000);

    chain.mine(expiry - chain.block());
    chain.ok(member(0), SHARING, ShareCalls.reclaimExpired(BigInteger.ONE));
    assertThat(chain.uint(points(program), "balanceOf", addr(GOVERNOR)))
        .as("the five unclaimed shares go back to the treasury")
        .isEqualTo(5_000);
  }
}
