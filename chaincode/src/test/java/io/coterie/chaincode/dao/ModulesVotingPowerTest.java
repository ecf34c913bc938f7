package io.coterie.chaincode.dao;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.GOVERNOR;
import static io.coterie.chaincode.support.ModulesFixture.LOYALTY;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.members;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The modules the node loads offer their voting power to the governor: the membership module's
 * member cards and the loyalty module's vote-enabled points, both from exact checkpoints.
 */
class ModulesVotingPowerTest {
  private final ModulesFixture chain = new ModulesFixture();

  private BigInteger governorVotes(io.coterie.chaincode.spi.ChainAddress account, long timepoint) {
    return new BigInteger(1, chain.view(GOVERNOR, GovernorCalls.getVotes(account, timepoint)));
  }

  private VotingPowerSource source(VotingSourceKind kind, long id) {
    return chain
        .services
        .find(VotingPowerSources.class)
        .orElseThrow()
        .find(new VotingSource(kind, id))
        .orElseThrow();
  }

  @Test
  void theGovernorCountsOneVotePerRealCardAtTheSnapshot() {
    chain.createMemberCollection(members());
    long cardsBlock = chain.block();
    chain.mine(1);

    assertThat(governorVotes(member(0), cardsBlock)).isEqualTo(BigInteger.ONE);
    assertThat(governorVotes(OUTSIDER, cardsBlock)).isZero();
    assertThat(governorVotes(member(0), cardsBlock - 1)).as("before the airdrop").isZero();

    DaoDriver dao = new DaoDriver(chain);
    BigInteger id = dao.open(GovernorCalls.Proposal.signal("Autumn colours: ochre"));
    dao.carry(id);
    assertThat(dao.state(id)).isEqualTo(ProposalState.SUCCEEDED);
  }

  @Test
  void theGovernorRefusesToCountCardsOfACollectionThatIgnoresRevocations() {
    chain.createCollection("Fan Card", true);

    TestHost.Outcome proposed =
        chain.call(member(0), GOVERNOR, GovernorCalls.propose(GovernorCalls.Proposal.signal("x")));

    assertThat(new String(proposed.result().data(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("not a member collection");
  }

  @Test
  void pointsCountFromTheirCheckpointsOnceVotesAreEnabled() {
    long program = chain.createProgram("Coterie Points", true, 0);
    VotingPowerSource points = source(VotingSourceKind.POINTS_PROGRAM, program);
    assertThat(points.unsuitability(chain.host.world()))
        .get()
        .asString()
        .contains("enableVotes(0)");

    chain.ok(ADMIN, LOYALTY, fn("enableVotes", u256(program)));
    chain.award(program, member(2), 750);
    chain.ok(member(2), points(program), fn("delegate", addr(member(2))));
    long block = chain.block();
    chain.mine(1);

    assertThat(points.unsuitability(chain.host.world())).isEmpty();
    assertThat(points.pastVotes(chain.host.world(), member(2), block))
        .isEqualTo(BigInteger.valueOf(750));
    assertThat(points.pastVotes(chain.host.world(), member(2), block - 1)).isZero();
    assertThat(points.pastTotalSupply(chain.host.world(), block))
        .isEqualTo(BigInteger.valueOf(750));
    VotingPowerSource missing = source(VotingSourceKind.POINTS_PROGRAM, 9);
    assertThat(missing.pastVotes(chain.host.world(), member(2), block)).isZero();
    assertThat(missing.unsuitability(chain.host.world()))
        .get()
        .asString()
        .contains("does not exist");
  }
}
