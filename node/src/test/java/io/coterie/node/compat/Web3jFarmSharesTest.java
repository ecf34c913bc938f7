package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.chaincode.provenance.BizStep;
import io.coterie.node.compat.web3j.FarmShares;
import io.coterie.node.compat.web3j.LoyaltyToken;
import io.coterie.node.compat.web3j.Provenance;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tuples.generated.Tuple2;
import org.web3j.utils.Numeric;

/**
 * A farm share season on the devnet through the wrapper generated from FarmShares.json: the farm
 * (#2) offers, members (#4, #5) subscribe paying CPT points, the farm refunds one before the start
 * and binds a delivery to a lot it commissioned, which the member traces with provenance_getTrace.
 */
class Web3jFarmSharesTest extends DevnetWeb3jTest {
  private static final String SHARES = "0x000000000000000000000000000000000000100f";
  private static final String CPT = "0x0000000000000000000000000000000000002000";
  private static final String PROVENANCE = "0x0000000000000000000000000000000000001004";
  private static final String GLN = "0614141000005";
  private static final BigInteger PRICE = BigInteger.TEN.pow(18).multiply(BigInteger.TEN);
  private static final BigInteger SEASON = BigInteger.valueOf(2027);

  /** The {@code provenance_getTrace} answer, kept as parsed JSON. */
  public static final class TraceResponse extends Response<Map<String, Object>> {}

  private FarmShares as(int account) {
    return FarmShares.load(SHARES, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private LoyaltyToken points(int account) {
    return LoyaltyToken.load(CPT, client.web3(), client.manager(account), Web3jClient.gas());
  }

  @Test
  void membersSubscribeInPointsAndTraceTheLotOfTheirDelivery() throws Exception {
    String farm = account(2).getAddress();
    String alice = account(4).getAddress();
    String bob = account(5).getAddress();
    // time enough for the subscriptions and the refund to be mined before the season starts
    long start = client.latestTimestamp() + 15;
    ok(
        as(2)
            .offerSeasonByInterval(
                SEASON,
                "Summer box",
                BigInteger.valueOf(10),
                BigInteger.ZERO,
                PRICE,
                BigInteger.valueOf(start),
                BigInteger.valueOf(3),
                BigInteger.valueOf(7 * 86_400))
            .send());
    BigInteger farmBefore = points(0).balanceOf(farm).send();

    ok(points(4).approve(SHARES, PRICE.multiply(BigInteger.TWO)).send());
    TransactionReceipt subscribed = as(4).subscribe(SEASON, BigInteger.TWO).send();
    ok(subscribed);
    FarmShares.SharesSubscribedEventResponse event =
        FarmShares.getSharesSubscribedEvents(subscribed).get(0);
    assertThat(event.member).isEqualToIgnoringCase(alice);
    assertThat(event.points).isEqualTo(PRICE.multiply(BigInteger.TWO));
    ok(points(5).approve(SHARES, PRICE).send());
    ok(as(5).subscribe(SEASON, BigInteger.ONE).send());
    assertThat(points(0).balanceOf(farm).send().subtract(farmBefore))
        .isEqualTo(PRICE.multiply(BigInteger.valueOf(3)));

    ok(points(2).approve(SHARES, PRICE).send());
    TransactionReceipt refunded = as(2).refund(SEASON, bob).send();
    ok(refunded);
    assertThat(FarmShares.getSharesRefundedEvents(refunded).get(0).points).isEqualTo(PRICE);
    assertThat(as(0).sharesOf(SEASON, bob).send()).isZero();

    Provenance provenance =
        Provenance.load(PROVENANCE, client.web3(), client.manager(2), Web3jClient.gas());
    ok(
        provenance
            .commissionLot(
                "10614141000019",
                "CSA-1",
                BigInteger.valueOf(BizStep.COMMISSIONING.code()),
                BigInteger.ZERO,
                BigInteger.valueOf(client.latestTimestamp() - 1),
                GLN,
                GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                new byte[32],
                "")
            .send());
    byte[] lot = provenance.lotIdOf("10614141000019", "CSA-1").send();
    await().atMost(Duration.ofSeconds(30)).until(() -> client.latestTimestamp() >= start);

    TransactionReceipt delivered = as(2).deliver(SEASON, BigInteger.ZERO, lot).send();

    ok(delivered);
    assertThat(FarmShares.getDeliveryRecordedEvents(delivered).get(0).lotId).isEqualTo(lot);
    Tuple2<List<BigInteger>, List<byte[]>> mine = as(4).deliveriesOf(SEASON, alice).send();
    assertThat(mine.component1()).containsExactly(BigInteger.ZERO);
    assertThat(mine.component2()).containsExactly(lot);
    Map<String, Object> trace = trace(mine.component2().get(0));
    @SuppressWarnings("unchecked")
    Map<String, Object> traced = (Map<String, Object>) trace.get("lot");
    assertThat(traced.get("gtin")).isEqualTo("10614141000019");
    assertThat((String) traced.get("creator")).isEqualToIgnoringCase(farm);

    String revert = revertOf(farm, "refund", new Uint256(SEASON), new Address(alice));
    assertThat(revert).startsWith(selector("SeasonStarted(uint256,uint64,uint64)"));
  }

  private Map<String, Object> trace(byte[] lotId) throws Exception {
    HttpService http = new HttpService(node.httpUrl());
    try {
      TraceResponse response =
          new Request<>(
                  "provenance_getTrace",
                  List.of(Numeric.toHexString(lotId)),
                  http,
                  TraceResponse.class)
              .send();
      assertThat(response.hasError()).as("%s", response.getError()).isFalse();
      return response.getResult();
    } finally {
      http.close();
    }
  }

  private String revertOf(String from, String name, org.web3j.abi.datatypes.Type<?>... args)
      throws Exception {
    EthCall call =
        client
            .web3()
            .ethCall(
                Transaction.createEthCallTransaction(
                    from,
                    SHARES,
                    FunctionEncoder.encode(new Function(name, List.of(args), List.of()))),
                DefaultBlockParameterName.LATEST)
            .send();
    assertThat(call.isReverted()).isTrue();
    // web3j keeps the error's data as raw JSON, quotes included
    return call.getError().getData().replace("\"", "");
  }

  private static String selector(String signature) {
    return Numeric.toHexString(Hash.sha3(signature.getBytes())).substring(0, 10);
  }
}
