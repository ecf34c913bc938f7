package io.coterie.node.loadgen;

import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.IntStream;

/** What the load generator sends: which devnet accounts sign, and the transaction each sends. */
public enum Workload {
  /**
   * Native-coin transfers of 1 wei to {@code 0x…dead} from the ten devnet accounts that may send
   * (#0 to #10 but the auditor #3, whose role is read-only).
   */
  TRANSFERS,
  /**
   * ERC-20 {@code transfer} of 0.001 CPT (program 0 at {@code 0x…2000}) from each of members #4 to
   * #9 to the next member, round-robin: each holds 1,000 CPT from genesis.
   */
  POINTS;

  /** The devnet's auditor: AUDITOR_ROLE may not send transactions. */
  private static final int AUDITOR = 3;

  private static final Address SINK = Address.of(0xdead);
  private static final Address CPT = Address.of(0x2000);
  private static final BigInteger MILLI_CPT = BigInteger.TEN.pow(15);
  private static final byte[] TRANSFER_SELECTOR = {(byte) 0xa9, 0x05, (byte) 0x9c, (byte) 0xbb};

  /** Above a points transfer's ~106,000 gas (loyalty NatSpec), with room for a lot move. */
  private static final long POINTS_GAS = 200_000;

  static Workload parse(String name) {
    return switch (name) {
      case "transfers" -> TRANSFERS;
      case "points" -> POINTS;
      default ->
          throw new IllegalArgumentException("--workload is transfers or points, got " + name);
    };
  }

  /** Indexes of the devnet accounts that sign this workload's transactions. */
  List<Integer> senders() {
    return switch (this) {
      case TRANSFERS -> IntStream.rangeClosed(0, 10).filter(i -> i != AUDITOR).boxed().toList();
      case POINTS -> IntStream.range(4, 10).boxed().toList();
    };
  }

  String describe() {
    return switch (this) {
      case TRANSFERS -> "native transfers from 10 dev accounts (#0-#10 but auditor #3)";
      case POINTS -> "CPT (ERC-20 points) transfers between members #4-#9";
    };
  }

  /** The transaction that sender {@code senderSlot} (an index into {@link #senders()}) sends. */
  Transaction sign(
      TransactionSigner signer, long nonce, int senderSlot, List<Address> senderAddresses) {
    Address next = senderAddresses.get((senderSlot + 1) % senderAddresses.size());
    return signTo(signer, nonce, this == TRANSFERS ? SINK : next, BigInteger.ONE, MILLI_CPT);
  }

  String describeFresh(int senders) {
    return switch (this) {
      case TRANSFERS -> "zero-value native transfers from " + senders + " fresh senders";
      case POINTS -> "zero-value CPT transfer()s from " + senders + " fresh senders";
    };
  }

  /**
   * A zero-value transaction from a fresh sender (which holds neither coin nor points) to the next
   * fresh sender: a native transfer, or a CPT {@code transfer(next, 0)}.
   */
  Transaction signZeroValue(
      TransactionSigner signer, long nonce, List<Address> senderAddresses, int senderSlot) {
    Address next = senderAddresses.get((senderSlot + 1) % senderAddresses.size());
    return signTo(signer, nonce, next, BigInteger.ZERO, BigInteger.ZERO);
  }

  /** A native transfer of {@code wei} to {@code to}, or a CPT transfer of {@code points} to it. */
  private Transaction signTo(
      TransactionSigner signer, long nonce, Address to, BigInteger wei, BigInteger points) {
    return switch (this) {
      case TRANSFERS ->
          signer.dynamicFee(
              nonce,
              BigInteger.ZERO,
              BigInteger.ZERO,
              21_000,
              Destination.call(to),
              wei,
              Bytes.EMPTY,
              List.of());
      case POINTS ->
          signer.dynamicFee(
              nonce,
              BigInteger.ZERO,
              BigInteger.ZERO,
              POINTS_GAS,
              Destination.call(CPT),
              BigInteger.ZERO,
              transferCalldata(to, points),
              List.of());
    };
  }

  private static Bytes transferCalldata(Address to, BigInteger amount) {
    byte[] value = amount.toByteArray();
    ByteBuffer data = ByteBuffer.allocate(4 + 32 + 32);
    data.put(TRANSFER_SELECTOR).put(new byte[12]).put(to.toArray());
    data.put(new byte[32 - value.length]).put(value);
    return Bytes.of(data.array());
  }
}
