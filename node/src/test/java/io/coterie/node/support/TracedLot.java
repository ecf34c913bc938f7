package io.coterie.node.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.node.compat.web3j.Provenance;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * A lot traced end to end on a devnet node through real transactions: farm #2 harvests {@code
 * H-<tag>}, washes it into {@code W-<tag>}, packs it into salad bags {@code P-<tag>} (2.00–4.50 °C,
 * a lab report), ships the bags to shop #1, which receives them, and inspector #10 attests the
 * packing.
 */
public final class TracedLot {
  public static final String PROVENANCE = "0x0000000000000000000000000000000000001004";
  public static final String HARVEST_GTIN = "10614141000019";
  public static final String WASHED_GTIN = "10614141000026";
  public static final String PACKED_GTIN = "10614141000033";
  public static final String FARM_GLN = "0614141000005";
  public static final String STORE_GLN = "0614141000012";
  private static final byte[] NO_DOCUMENT = new byte[32];

  private final Web3jClient client;
  public final String tag;
  public byte[] harvest;
  public byte[] washed;
  public byte[] packed;

  private TracedLot(Web3jClient client, String tag) {
    this.client = client;
    this.tag = tag;
  }

  public static TracedLot record(Web3jClient client, String tag) throws Exception {
    TracedLot lot = new TracedLot(client, tag);
    lot.run();
    return lot;
  }

  public String packedLot() {
    return "P-" + tag;
  }

  /** The harvest is recalled by the farm (the recall reaches the bags). */
  public void recallHarvest() throws Exception {
    ok(as(2).recall(harvest, Hash.sha3("listeria".getBytes(StandardCharsets.UTF_8))).send());
  }

  private Provenance as(int account) {
    return Provenance.load(PROVENANCE, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private void run() throws Exception {
    Provenance farm = as(2);
    BigInteger t = BigInteger.valueOf(client.latestTimestamp() - 60);
    ok(
        farm.commissionLot(
                HARVEST_GTIN,
                "H-" + tag,
                code(BizStep.COMMISSIONING),
                code(Disposition.ACTIVE),
                t,
                FARM_GLN,
                FARM_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send());
    harvest = farm.lotIdOf(HARVEST_GTIN, "H-" + tag).send();
    ok(
        farm.transform(
                List.of(harvest),
                List.of(WASHED_GTIN),
                List.of("W-" + tag),
                code(BizStep.OTHER),
                code(Disposition.IN_PROGRESS),
                t.add(BigInteger.ONE),
                FARM_GLN,
                FARM_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send());
    washed = farm.lotIdOf(WASHED_GTIN, "W-" + tag).send();
    ok(
        farm.transform(
                List.of(washed),
                List.of(PACKED_GTIN),
                List.of("P-" + tag),
                code(BizStep.PACKING),
                code(Disposition.ACTIVE),
                t.add(BigInteger.TWO),
                FARM_GLN,
                FARM_GLN,
                true,
                BigInteger.valueOf(200),
                BigInteger.valueOf(450),
                Hash.sha3(("lab report " + tag).getBytes(StandardCharsets.UTF_8)),
                "ipfs://lab-reports/" + tag)
            .send());
    packed = farm.lotIdOf(PACKED_GTIN, "P-" + tag).send();
    ok(
        farm.shipLots(
                List.of(packed),
                Web3jClient.account(1).getAddress(),
                code(BizStep.SHIPPING),
                code(Disposition.IN_TRANSIT),
                t.add(BigInteger.valueOf(3)),
                FARM_GLN,
                FARM_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send());
    TransactionReceipt received =
        as(1)
            .receiveLots(
                List.of(packed),
                code(BizStep.RECEIVING),
                code(Disposition.SELLABLE_ACCESSIBLE),
                BigInteger.valueOf(client.latestTimestamp()),
                STORE_GLN,
                STORE_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send();
    ok(received);
    List<?> packingEvents = farm.lotEvents(packed).send();
    ok(
        as(10)
            .attest(
                (BigInteger) packingEvents.get(0),
                Hash.sha3("lab report checked".getBytes(StandardCharsets.UTF_8)))
            .send());
  }

  private static BigInteger code(BizStep step) {
    return BigInteger.valueOf(step.code());
  }

  private static BigInteger code(Disposition disposition) {
    return BigInteger.valueOf(disposition.code());
  }

  private static void ok(TransactionReceipt receipt) {
    assertThat(receipt.isStatusOK()).as("%s", receipt).isTrue();
  }
}
