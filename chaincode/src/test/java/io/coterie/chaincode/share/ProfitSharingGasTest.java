package io.coterie.chaincode.share;

import static io.coterie.chaincode.share.ShareFixture.weights;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gas figures documented in IProfitSharing.sol (precompile gas, the nested token calls
 * included, without the transaction's intrinsic 21000 + calldata).
 */
class ProfitSharingGasTest {
  private final ShareFixture f = new ShareFixture();
  private final List<ChainAddress> three = List.of(member(0), member(1), member(2));

  private long gas(ChainAddress from, byte[] input) {
    return f.call(from, input).gasUsed();
  }

  @Test
  void aListedRoundCostsTheDocumentedGas() {
    long open =
        gas(
            ADMIN,
            ShareCalls.openListedRound(
                f.program,
                BigInteger.valueOf(1_000),
                f.chain.block() + 10,
                three,
                weights(1, 2, 3)));
    BigInteger id = BigInteger.ONE;
    long claim = gas(member(0), ShareCalls.claim(id));
    long roundCount = gas(ADMIN, AbiCalls.fn("roundCount"));
    long roundInfo = gas(ADMIN, ShareCalls.roundInfo(id));
    long weightOf = gas(ADMIN, ShareCalls.weightOf(id, member(1)));
    long claimable = gas(ADMIN, ShareCalls.claimable(id, member(1)));
    long claimed = gas(ADMIN, ShareCalls.claimed(id, member(0)));
    f.chain.mine(10);
    long reclaim = gas(ADMIN, ShareCalls.reclaimExpired(id));

    assertThat(List.of(open, claim, reclaim, roundCount, roundInfo, weightOf, claimable, claimed))
        .containsExactly(322787L, 174576L, 94676L, 4164L, 19376L, 21988L, 24088L, 21988L);
  }

  @Test
  void aSnapshotRoundCostsTheDocumentedGas() {
    long votes = f.votingProgram(three, List.of(100L, 300L, 600L));
    long snapshot = f.chain.block();
    f.chain.mine(1);
    long open =
        gas(
            ADMIN,
            ShareCalls.openRound(
                f.program, BigInteger.valueOf(1_000), 2, votes, snapshot, f.chain.block() + 10));
    long claim = gas(member(2), ShareCalls.claim(BigInteger.ONE));

    assertThat(List.of(open, claim)).containsExactly(293803L, 180876L);
  }
}
