package io.coterie.chaincode.share;

import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.ModulesFixture;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Rounds weighed by ERC-5805 votes at a past snapshot block: cards and vote-enabled points. */
class SnapshotRoundsTest {
  private final ShareFixture f = new ShareFixture();

  @Test
  void pointVotesAtTheSnapshotWeighTheRoundAndLaterMovesDoNotCount() {
    long votes =
        f.votingProgram(List.of(member(0), member(1), member(2)), List.of(100L, 300L, 600L));
    long snapshot = f.chain.block();
    f.chain.mine(1);
    f.chain.ok(member(2), points(votes), fn("transfer", addr(member(0)), uint256(600)));
    f.chain.mine(1);

    BigInteger id =
        f.ok(
            ADMIN,
            ShareCalls.openRound(
                f.program, BigInteger.valueOf(999), 2, votes, snapshot, f.chain.block() + 20));

    assertThat(f.view(ShareCalls.weightOf(id, member(2)))).isEqualTo(600);
    assertThat(f.view(ShareCalls.claimable(id, member(0)))).isEqualTo(99);
    assertThat(f.ok(member(1), ShareCalls.claim(id))).isEqualTo(299);
    assertThat(f.ok(member(2), ShareCalls.claim(id))).isEqualTo(599);
    assertThat(f.balanceOf(member(2))).isEqualTo(599);
  }

  @Test
  void cardVotesGiveEveryDelegatedCardAnEqualShare() {
    long cards = f.chain.createMemberCollection(ModulesFixture.members());
    for (ChainAddress m : ModulesFixture.members()) {
      f.chain.ok(m, ModulesFixture.collection(cards), fn("delegate", addr(m)));
    }
    long snapshot = f.chain.block();
    f.chain.mine(1);

    BigInteger id =
        f.ok(
            ADMIN,
            ShareCalls.openRound(
                f.program, BigInteger.valueOf(600), 1, cards, snapshot, f.chain.block() + 20));

    assertThat(f.ok(member(3), ShareCalls.claim(id))).isEqualTo(100);
    assertThat(f.view(ShareCalls.claimable(id, ShareFixture.outsider()))).isZero();
  }

  @Test
  void theSnapshotMustBeAFinishedBlock() {
    long votes = f.votingProgram(List.of(member(0)), List.of(10L));
    long now = f.chain.block();

    assertThat(
            f.revert(
                ADMIN, ShareCalls.openRound(f.program, BigInteger.TEN, 2, votes, now, now + 5)))
        .isEqualTo(ProfitSharingErrors.SNAPSHOT_NOT_PAST.encode(new Uint64(now), new Uint64(now)));
  }

  @Test
  void sourcesWithoutCheckpointsOrWithoutVotesAreRefused() {
    long now = f.chain.block();
    assertThat(
            f.revert(
                ADMIN, ShareCalls.openRound(f.program, BigInteger.TEN, 0, 0, now - 1, now + 5)))
        .as("lists go through openListedRound")
        .isEqualTo(ProfitSharingErrors.INVALID_WEIGHT_SOURCE.encode(new Uint8(0)));
    assertThat(
            f.revert(
                ADMIN, ShareCalls.openRound(f.program, BigInteger.TEN, 3, 0, now - 1, now + 5)))
        .isEqualTo(ProfitSharingErrors.INVALID_WEIGHT_SOURCE.encode(new Uint8(3)));
    byte[] noVotes =
        f.revert(
            ADMIN, ShareCalls.openRound(f.program, BigInteger.TEN, 2, f.program, now - 1, now + 5));
    assertThat(new String(noVotes, StandardCharsets.UTF_8)).contains("enableVotes");
    assertThat(java.util.Arrays.copyOf(noVotes, 4))
        .isEqualTo(ProfitSharingErrors.UNSUITABLE_WEIGHT_SOURCE.selector().bytes());

    long votes = f.votingProgram(List.of(), List.of());
    f.chain.mine(1);
    assertThat(
            f.revert(
                ADMIN, ShareCalls.openRound(f.program, BigInteger.TEN, 2, votes, now, now + 5)))
        .isEqualTo(
            ProfitSharingErrors.NO_WEIGHT.encode(new Uint8(2), uint256(votes), new Uint64(now)));
  }

  @Test
  void aCollectionThatIsNotAMemberCollectionIsRefused() {
    long fans = f.chain.createCollection("Fan Card", true);
    f.chain.mine(1);
    long now = f.chain.block();

    byte[] refused =
        f.revert(ADMIN, ShareCalls.openRound(f.program, BigInteger.TEN, 1, fans, now - 1, now + 5));

    assertThat(refused).startsWith(ProfitSharingErrors.UNSUITABLE_WEIGHT_SOURCE.selector().bytes());
    assertThat(new String(refused, StandardCharsets.UTF_8)).contains("not a member collection");
  }
}
