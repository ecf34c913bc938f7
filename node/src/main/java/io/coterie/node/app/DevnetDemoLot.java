package io.coterie.node.app;

import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.chaincode.provenance.Gs1;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.spi.Word;
import io.coterie.genesis.devnet.DevAccounts;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The devnet's demo lot, traced end to end through ordinary transactions once the chain runs
 * (genesis time is 0, and event times may not precede a block's): farm #2 harvests lettuce lot
 * {@code H-DEMO} (GTIN 10614141000019), washes it into {@code W-DEMO} (…026), packs it into salad
 * bags {@code DEMO-1} (…033, kept at 2–4.5 °C, with a lab report), ships the bags to shop #1, which
 * receives them, and inspector #10 attests the packing. Skipped when the bags already exist, so a
 * resumed devnet keeps its history.
 */
public final class DevnetDemoLot {
  public static final String GTIN = "10614141000033";
  public static final String LOT = "DEMO-1";
  private static final String HARVEST_GTIN = "10614141000019";
  private static final String WASHED_GTIN = "10614141000026";
  private static final String FARM_GLN = "0614141000005";
  private static final String STORE_GLN = "0614141000012";
  private static final Address PROVENANCE =
      Address.fromHex("0x0000000000000000000000000000000000001004");
  private static final long GAS = 3_000_000;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Node node;
  private final ProvenanceReader reader;

  private DevnetDemoLot(Node node, ProvenanceReader reader) {
    this.node = node;
    this.reader = reader;
  }

  /** Traces the demo lot on {@code node} (a running devnet node) unless it is already there. */
  public static void traceOnce(Node node) {
    new DevnetDemoLot(node, new ProvenanceReader()).run();
  }

  /** The demo bags' trace page on a node whose HTTP port is {@code httpPort}. */
  public static String pageUrl(int httpPort) {
    return "http://127.0.0.1:" + httpPort + "/01/" + GTIN + "/10/" + LOT;
  }

  /** The id of the demo bags, {@code lotIdOf(GTIN, LOT)}. */
  public static Word lotId() {
    return Gs1.lotId(GTIN, LOT);
  }

  private void run() {
    if (exists(lotId())) {
      return;
    }
    Word harvest = Gs1.lotId(HARVEST_GTIN, "H-DEMO");
    Word washed = Gs1.lotId(WASHED_GTIN, "W-DEMO");
    long t = node.chain().head().timestamp() - 30;
    send(
        2,
        call(
            "commissionLot",
            new Utf8String(HARVEST_GTIN),
            new Utf8String("H-DEMO"),
            context(BizStep.COMMISSIONING, Disposition.ACTIVE, t, FARM_GLN, false)));
    send(
        2,
        call(
            "transform",
            lots(harvest),
            strings(WASHED_GTIN),
            strings("W-DEMO"),
            context(BizStep.OTHER, Disposition.IN_PROGRESS, t + 10, FARM_GLN, false)));
    send(
        2,
        call(
            "transform",
            lots(washed),
            strings(GTIN),
            strings(LOT),
            context(BizStep.PACKING, Disposition.ACTIVE, t + 20, FARM_GLN, true)));
    send(
        2,
        call(
            "shipLots",
            lots(lotId()),
            new org.web3j.abi.datatypes.Address(DevAccounts.account(1).address().hex()),
            context(BizStep.SHIPPING, Disposition.IN_TRANSIT, t + 25, FARM_GLN, false)));
    await(
        () -> reader.lot(storage(), lotId()).map(l -> l.inTransit()).orElse(false),
        "the bags to be shipped");
    send(
        1,
        call(
            "receiveLots",
            lots(lotId()),
            context(
                BizStep.RECEIVING,
                Disposition.SELLABLE_ACCESSIBLE,
                node.chain().head().timestamp(),
                STORE_GLN,
                false)));
    await(
        () -> reader.lot(storage(), lotId()).map(l -> !l.inTransit()).orElse(false),
        "the shop to receive the bags");
    long packing = reader.trace(storage(), lotId()).orElseThrow().events().get(0).eventId();
    send(
        10,
        call(
            "attest",
            new Uint256(packing),
            new Bytes32(Word.keccak("lab report DEMO checked").bytes())));
    await(
        () -> !reader.trace(storage(), lotId()).orElseThrow().attestations().isEmpty(),
        "the inspector's attestation");
  }

  private boolean exists(Word lot) {
    return reader.lot(storage(), lot).isPresent();
  }

  private ReadOnlyWorldStorage storage() {
    return new ReadOnlyWorldStorage(node.chain().headWorldState());
  }

  private void send(int account, byte[] data) {
    TransactionSigner signer =
        new TransactionSigner(
            PrivateKey.fromBigInteger(DevAccounts.account(account).privateKey()),
            node.chain().chainId());
    long nonce = node.pool().nextNonce(signer.address());
    AddResult result =
        node.pool()
            .add(
                signer.legacy(
                    nonce,
                    BigInteger.ZERO,
                    GAS,
                    Destination.call(PROVENANCE),
                    BigInteger.ZERO,
                    Bytes.of(data)));
    if (result instanceof AddResult.Rejected rejected) {
      throw new IllegalStateException(
          "the devnet demo lot's transaction was refused: " + rejected.message());
    }
  }

  private void await(BooleanSupplier done, String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the devnet demo lot waited "
                + TIMEOUT.toSeconds()
                + " s for "
                + what
                + "; is the devnet producing blocks?");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while tracing the demo lot", e);
      }
    }
  }

  /** The ten context arguments every recording function ends with. */
  private static List<Type> context(
      BizStep step, Disposition disposition, long time, String gln, boolean sensor) {
    return List.of(
        new Uint8(step.code()),
        new Uint8(disposition.code()),
        new Uint64(time),
        new Utf8String(gln),
        new Utf8String(gln),
        new Bool(sensor),
        new Int32(sensor ? 200 : 0),
        new Int32(sensor ? 450 : 0),
        new Bytes32(
            sensor ? Word.keccak("lab report DEMO: no pathogens found").bytes() : new byte[32]),
        new Utf8String(sensor ? "ipfs://lab-reports/DEMO" : ""));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static byte[] call(String name, Object... args) {
    List<Type> inputs = new java.util.ArrayList<>();
    for (Object arg : args) {
      if (arg instanceof List<?> list) {
        inputs.addAll((List<Type>) list);
      } else {
        inputs.add((Type) arg);
      }
    }
    return Bytes.fromHex(FunctionEncoder.encode(new Function(name, (List) inputs, List.of())))
        .toArray();
  }

  private static DynamicArray<Bytes32> lots(Word... ids) {
    return new DynamicArray<>(
        Bytes32.class, java.util.Arrays.stream(ids).map(w -> new Bytes32(w.bytes())).toList());
  }

  private static DynamicArray<Utf8String> strings(String... values) {
    return new DynamicArray<>(
        Utf8String.class, java.util.Arrays.stream(values).map(Utf8String::new).toList());
  }
}
