package io.coterie.node.types;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;

/**
 * Transactions as bytes. Three forms:
 *
 * <ul>
 *   <li>the EIP-2718 envelope ({@link #encode}/{@link #decode}): an RLP list for legacy, {@code
 *       type || rlp(payload)} for typed ones. {@code eth_sendRawTransaction} carries it, the hash
 *       is its keccak, and it is the value stored per index in the transactions trie ({@link
 *       #encodeForTrie});
 *   <li>the block-body form ({@link #writeForBlock}/{@link #readFromBlock}): legacy as the RLP list
 *       itself, typed as an RLP string holding the envelope.
 * </ul>
 *
 * <p>Decoding is strict: exact field counts, canonical integers, no trailing bytes, at most {@link
 * #MAX_SIZE} bytes. Malformed input raises {@link RlpException} whose message names the field.
 * Signatures, chain ids and fee rules are not checked here (see {@link Transaction}).
 */
public final class TransactionCodec {
  /** Larger envelopes are refused before parsing (Geth's pool uses the same 128 KiB bound). */
  public static final int MAX_SIZE = 128 * 1024;

  private TransactionCodec() {}

  public static byte[] encode(Transaction tx) {
    return envelope(tx).clone();
  }

  /**
   * The envelope, encoded once per transaction and kept: a transaction is written many times (into
   * the proposal, the block body, the transactions trie, gossip), and RLP writing was the largest
   * cost of a busy validator's consensus thread. Callers must not modify the array.
   */
  private static byte[] envelope(Transaction tx) {
    return TxMemo.of(tx).envelope(() -> encodeFields(tx));
  }

  private static byte[] encodeFields(Transaction tx) {
    return switch (tx.type()) {
      case LEGACY -> LegacyTxCodec.encode((LegacyTx) tx);
      case ACCESS_LIST ->
          TypedTxCodec.typed(TxType.ACCESS_LIST, TypedTxCodec.payload((AccessListTx) tx, true));
      case DYNAMIC_FEE ->
          TypedTxCodec.typed(TxType.DYNAMIC_FEE, TypedTxCodec.payload((DynamicFeeTx) tx, true));
    };
  }

  /** The value at key {@code rlp(index)} in the transactions trie: the envelope. */
  public static byte[] encodeForTrie(Transaction tx) {
    return encode(tx);
  }

  /** The bytes whose keccak the sender signs. */
  public static byte[] signingPayload(Transaction tx) {
    return switch (tx.type()) {
      case LEGACY -> LegacyTxCodec.signingPayload((LegacyTx) tx);
      case ACCESS_LIST -> TypedTxCodec.signingPayload((AccessListTx) tx);
      case DYNAMIC_FEE -> TypedTxCodec.signingPayload((DynamicFeeTx) tx);
    };
  }

  public static Transaction decode(byte[] envelope) {
    if (envelope.length == 0) {
      throw new RlpException("empty transaction: expected an RLP list or a type byte 0x01/0x02");
    }
    if (envelope.length > MAX_SIZE) {
      throw new RlpException(
          "transaction of " + envelope.length + " bytes exceeds the limit of " + MAX_SIZE);
    }
    int first = envelope[0] & 0xff;
    if (first >= 0xc0) {
      RlpReader in = new RlpReader(envelope);
      LegacyTx tx = LegacyTxCodec.decode(TxFields.field("legacy transaction", in::enterList));
      in.requireEnd("legacy transaction");
      return withHashOf(tx, envelope);
    }
    if (first >= 0x80) {
      throw new RlpException(
          "transaction starts with an RLP string header 0x"
              + Integer.toHexString(first)
              + "; expected an RLP list (legacy) or a type byte 0x01/0x02");
    }
    RlpReader in = new RlpReader(java.util.Arrays.copyOfRange(envelope, 1, envelope.length));
    String what = "type 0x0" + first + " transaction";
    Transaction tx =
        switch (first) {
          case 0x01 -> TypedTxCodec.decodeAccessList(TxFields.field(what, in::enterList));
          case 0x02 -> TypedTxCodec.decodeDynamicFee(TxFields.field(what, in::enterList));
          default ->
              throw new RlpException(
                  "transaction type 0x"
                      + Integer.toHexString(first)
                      + " is not supported; this chain accepts legacy (EIP-155), 0x01 (EIP-2930)"
                      + " and 0x02 (EIP-1559)");
        };
    in.requireEnd(what);
    return withHashOf(tx, envelope);
  }

  /**
   * Decoding is strict, so the envelope is the transaction's only encoding: hashing it spares the
   * re-encoding that {@link Transaction#hash()} would otherwise do on the RPC hot path.
   */
  private static Transaction withHashOf(Transaction tx, byte[] envelope) {
    Hash hash = Hash.keccak(envelope);
    TxMemo memo = TxMemo.of(tx);
    memo.hash(() -> hash);
    byte[] kept = envelope.clone();
    memo.envelope(() -> kept);
    return tx;
  }

  /** Appends the block-body form of {@code tx} to {@code out}. */
  public static void writeForBlock(RlpWriter out, Transaction tx) {
    switch (tx.type()) {
      case LEGACY -> out.writeRaw(envelope(tx));
      case ACCESS_LIST, DYNAMIC_FEE -> out.writeBytes(envelope(tx));
    }
  }

  /** Reads one transaction in block-body form. */
  public static Transaction readFromBlock(RlpReader in) {
    if (in.nextIsList()) {
      return decode(in.readRaw());
    }
    byte[] envelope = in.readBytes();
    if (envelope.length > 0 && (envelope[0] & 0xff) >= 0x80) {
      throw new RlpException(
          "a typed transaction in a block body must start with its type byte, found 0x"
              + Integer.toHexString(envelope[0] & 0xff));
    }
    return decode(envelope);
  }
}
