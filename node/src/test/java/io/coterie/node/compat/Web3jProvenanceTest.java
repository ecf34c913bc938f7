package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.node.compat.web3j.Provenance;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Farm to store and a recall, with the wrapper generated from Provenance.json. */
class Web3jProvenanceTest {
  private static final String PROVENANCE = "0x0000000000000000000000000000000000001004";
  private static final String GLN = "0614141000005";
  private static final byte[] NONE = new byte[32];

  @TempDir Path dataDir;
  private TestNode node;
  private Web3jClient client;

  @BeforeEach
  void start() {
    node = TestNode.devnet(dataDir);
    client = new Web3jClient(node);
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  private Provenance as(int account) {
    return Provenance.load(PROVENANCE, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private static BigInteger step(BizStep step) {
    return BigInteger.valueOf(step.code());
  }

  private static BigInteger none() {
    return BigInteger.ZERO;
  }

  private static void ok(TransactionReceipt receipt) {
    assertThat(receipt.isStatusOK()).as("%s", receipt).isTrue();
  }

  @Test
  void commissionTransformShipReceiveAndARecallThatReachesThePackedLot() throws Exception {
    Provenance farm = as(2);
    Provenance store = as(1);
    BigInteger t = BigInteger.valueOf(client.latestTimestamp() - 30);
    ok(
        farm.commissionLot(
                "10614141000019",
                "H-7",
                step(BizStep.COMMISSIONING),
                none(),
                t,
                GLN,
                GLN,
                false,
                none(),
                none(),
                NONE,
                "")
            .send());
    byte[] harvest = farm.lotIdOf("10614141000019", "H-7").send();
    ok(
        farm.transform(
                List.of(harvest),
                List.of("10614141000026"),
                List.of("W-7"),
                step(BizStep.OTHER),
                none(),
                t,
                GLN,
                GLN,
                false,
                none(),
                none(),
                NONE,
                "")
            .send());
    byte[] washed = farm.lotIdOf("10614141000026", "W-7").send();
    ok(
        farm.transform(
                List.of(washed),
                List.of("10614141000033"),
                List.of("P-7"),
                step(BizStep.PACKING),
                none(),
                t,
                GLN,
                GLN,
                true,
                BigInteger.valueOf(150),
                BigInteger.valueOf(400),
                NONE,
                "")
            .send());
    byte[] packed = farm.lotIdOf("10614141000033", "P-7").send();
    String shop = account(1).getAddress();
    ok(
        farm.shipLots(
                List.of(packed),
                shop,
                step(BizStep.SHIPPING),
                BigInteger.valueOf(Disposition.IN_TRANSIT.code()),
                t,
                GLN,
                GLN,
                false,
                none(),
                none(),
                NONE,
                "")
            .send());
    assertThat(farm.custodianOf(packed).send()).isEqualToIgnoringCase(account(2).getAddress());
    ok(
        store
            .receiveLots(
                List.of(packed),
                step(BizStep.RECEIVING),
                none(),
                BigInteger.valueOf(client.latestTimestamp()),
                GLN,
                GLN,
                false,
                none(),
                none(),
                NONE,
                "")
            .send());
    assertThat(store.custodianOf(packed).send()).isEqualToIgnoringCase(shop);
    assertThat(store.isRecalled(packed).send()).isFalse();

    TransactionReceipt recalled =
        as(10).recall(harvest, Hash.sha3("listeria".getBytes(StandardCharsets.UTF_8))).send();

    ok(recalled);
    assertThat(Provenance.getLotRecalledEvents(recalled)).hasSize(3);
    assertThat(store.isRecalled(packed).send()).isTrue();
    assertThat(store.isRecalled(washed).send()).isTrue();
    assertThat(store.lotEvents(packed).send()).hasSize(3);
  }
}
