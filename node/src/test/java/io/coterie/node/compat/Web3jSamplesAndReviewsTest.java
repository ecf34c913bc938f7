package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.compat.web3j.MembershipCard;
import io.coterie.node.compat.web3j.Reviews;
import io.coterie.node.compat.web3j.SampleCampaigns;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * A sample campaign on a running devnet node through the wrappers generated from
 * SampleCampaigns.json and Reviews.json: the six genesis members claim a stock of four at once, so
 * claims share blocks; exactly four get a sample; one reviews it.
 */
class Web3jSamplesAndReviewsTest extends DevnetWeb3jTest {
  private static final String SAMPLES = "0x000000000000000000000000000000000000100d";
  private static final String REVIEWS = "0x000000000000000000000000000000000000100e";
  private static final String CARDS = "0x0000000000000000000000000000000000003000";
  private static final byte[] PRODUCT = Hash.sha3("gtin:04006381333931".getBytes());

  private SampleCampaigns samples(int account) {
    return SampleCampaigns.load(SAMPLES, client.web3(), client.manager(account), Web3jClient.gas());
  }

  @Test
  void sixMembersClaimFourSamplesAtOnceAndOnlyFourGetOne() throws Exception {
    MembershipCard cards =
        MembershipCard.load(CARDS, client.web3(), client.manager(0), Web3jClient.gas());
    BigInteger tier =
        cards
            .tierOf(cards.tokenOfOwnerByIndex(account(4).getAddress(), BigInteger.ZERO).send())
            .send();
    long now = client.latestTimestamp();
    TransactionReceipt created =
        samples(0)
            .createCampaign(
                PRODUCT,
                BigInteger.valueOf(4),
                BigInteger.valueOf(now),
                BigInteger.valueOf(now + 3600),
                BigInteger.ZERO,
                tier,
                new byte[32],
                account(1).getAddress())
            .send();
    assertThat(created.isStatusOK()).as("%s", created).isTrue();
    BigInteger id = samples(0).getCampaignCreatedEvents(created).get(0).campaignId;

    // sign and send all six before waiting for any receipt, so the claims meet in the pool
    String claim =
        FunctionEncoder.encode(new Function("claim", List.of(new Uint256(id)), List.of()));
    List<String> hashes = new ArrayList<>();
    for (int m = 4; m < 10; m++) {
      EthSendTransaction sent =
          client
              .manager(m)
              .sendEIP1559Transaction(
                  DevnetSpec.CHAIN_ID,
                  BigInteger.ZERO,
                  BigInteger.ZERO,
                  Web3jClient.GAS_LIMIT,
                  SAMPLES,
                  claim,
                  BigInteger.ZERO);
      assertThat(sent.hasError()).as("%s", sent.getError()).isFalse();
      hashes.add(sent.getTransactionHash());
    }
    PollingTransactionReceiptProcessor receipts =
        new PollingTransactionReceiptProcessor(client.web3(), 100, 300);
    Map<BigInteger, Integer> claimsPerBlock = new TreeMap<>();
    int granted = 0;
    for (String hash : hashes) {
      TransactionReceipt receipt = receipts.waitForTransactionReceipt(hash);
      claimsPerBlock.merge(receipt.getBlockNumber(), 1, Integer::sum);
      if (receipt.isStatusOK()) {
        granted++;
      }
    }

    assertThat(granted).isEqualTo(4);
    assertThat(samples(0).remaining(id).send()).isZero();
    assertThat(claimsPerBlock.values())
        .as("claims sent together share a block (block period %d ms)", TestNode.BLOCK_PERIOD_MILLIS)
        .anyMatch(n -> n >= 2);

    int buyer = 4;
    BigInteger purchase = BigInteger.ZERO;
    for (; purchase.signum() == 0; buyer++) {
      purchase = samples(0).claimOf(id, account(buyer).getAddress()).send().component1();
    }
    Reviews reviews =
        Reviews.load(REVIEWS, client.web3(), client.manager(buyer - 1), Web3jClient.gas());
    TransactionReceipt posted =
        reviews.postReview(purchase, BigInteger.valueOf(5), Hash.sha3("Lovely".getBytes())).send();
    assertThat(posted.isStatusOK()).as("%s", posted).isTrue();
    assertThat(reviews.ratingDistribution(PRODUCT).send())
        .containsExactly(
            BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE);
  }
}
