package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.compat.web3j.LoyaltyToken;
import io.coterie.node.compat.web3j.ProfitSharing;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;

/** A brand shares points with two members, with the wrapper generated from ProfitSharing.json. */
class Web3jProfitSharingTest extends DevnetWeb3jTest {
  private static final String SHARING = "0x000000000000000000000000000000000000100a";
  private static final String CPT = "0x0000000000000000000000000000000000002000";

  private ProfitSharing sharing(int account) {
    return ProfitSharing.load(SHARING, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private LoyaltyToken points(int account) {
    return LoyaltyToken.load(CPT, client.web3(), client.manager(account), Web3jClient.gas());
  }

  @Test
  void aBrandOpensAListedRoundAndMembersClaimTheirShares() throws Exception {
    String brand = account(0).getAddress();
    String alice = account(4).getAddress();
    String bob = account(5).getAddress();
    BigInteger amount = BigInteger.valueOf(1_000);
    ok(
        points(1)
            .award(brand, amount, Hash.sha3("dividend-fund".getBytes(StandardCharsets.UTF_8)))
            .send());
    ok(points(0).approve(SHARING, amount).send());
    BigInteger aliceBefore = points(0).balanceOf(alice).send();
    BigInteger expiry = BigInteger.valueOf(client.blockNumber() + 50);

    TransactionReceipt opened =
        sharing(0)
            .openListedRound(
                BigInteger.ZERO,
                amount,
                expiry,
                List.of(alice, bob),
                List.of(BigInteger.ONE, BigInteger.TWO))
            .send();

    ok(opened);
    ProfitSharing.RoundOpenedEventResponse event =
        ProfitSharing.getRoundOpenedEvents(opened).get(0);
    assertThat(event.roundId).isOne();
    assertThat(event.funder).isEqualToIgnoringCase(brand);
    assertThat(event.totalWeight).isEqualTo(3);
    ProfitSharing reader = sharing(0);
    assertThat(reader.roundCount().send()).isOne();
    assertThat(reader.claimable(BigInteger.ONE, alice).send()).isEqualTo(333);
    assertThat(reader.claimable(BigInteger.ONE, bob).send()).isEqualTo(666);

    TransactionReceipt claimed = sharing(4).claim(BigInteger.ONE).send();

    ok(claimed);
    assertThat(ProfitSharing.getShareClaimedEvents(claimed).get(0).amount).isEqualTo(333);
    assertThat(points(0).balanceOf(alice).send())
        .isEqualTo(aliceBefore.add(BigInteger.valueOf(333)));
    assertThat(reader.claimed(BigInteger.ONE, alice).send()).isEqualTo(333);
    assertThat(reader.claimable(BigInteger.ONE, alice).send()).isZero();
    assertThatThrownBy(() -> sharing(4).claim(BigInteger.ONE).send())
        .as("a second claim reverts")
        .isInstanceOf(TransactionException.class);
    assertThat(points(0).balanceOf(SHARING).send()).isEqualTo(667);
  }
}
