package io.coterie.node.types;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.math.BigInteger;

/** RLP of legacy transactions: {@code [nonce, gasPrice, gas, to, value, data, v, r, s]}. */
final class LegacyTxCodec {
  private static final String[] FIELDS = {
    "nonce", "gasPrice", "gasLimit", "to", "value", "data", "v", "r", "s"
  };

  private LegacyTxCodec() {}

  static byte[] encode(LegacyTx tx) {
    RlpWriter out = new RlpWriter().startList();
    writeBody(out, tx);
    return out.writeBigInteger(tx.v())
        .writeBigInteger(tx.r())
        .writeBigInteger(tx.s())
        .endList()
        .toByteArray();
  }

  /** EIP-155: six fields then {@code chainId, 0, 0}; unprotected: the six fields only. */
  static byte[] signingPayload(LegacyTx tx) {
    RlpWriter out = new RlpWriter().startList();
    writeBody(out, tx);
    if (tx.chainId().isPresent()) {
      out.writeLong(tx.chainId().getAsLong()).writeLong(0).writeLong(0);
    }
    return out.endList().toByteArray();
  }

  private static void writeBody(RlpWriter out, LegacyTx tx) {
    out.writeLong(tx.nonce()).writeBigInteger(tx.gasPrice()).writeLong(tx.gasLimit());
    TxFields.writeDestination(out, tx.destination());
    out.writeBigInteger(tx.value()).writeBytes(tx.data().toArray());
  }

  static LegacyTx decode(RlpReader list) {
    String what = "a legacy transaction " + String.join(", ", FIELDS);
    TxFields.requireMore(list, what, "nonce");
    long nonce = TxFields.readLong(list, "nonce");
    TxFields.requireMore(list, what, "gasPrice");
    BigInteger gasPrice = TxFields.readU256(list, "gasPrice");
    TxFields.requireMore(list, what, "gasLimit");
    long gasLimit = TxFields.readLong(list, "gasLimit");
    TxFields.requireMore(list, what, "to");
    Destination to = TxFields.readDestination(list);
    TxFields.requireMore(list, what, "value");
    BigInteger value = TxFields.readU256(list, "value");
    TxFields.requireMore(list, what, "data");
    Bytes data = TxFields.readData(list);
    TxFields.requireMore(list, what, "v");
    BigInteger v = TxFields.readU256(list, "v");
    TxFields.requireMore(list, what, "r");
    BigInteger r = TxFields.readU256(list, "r");
    TxFields.requireMore(list, what, "s");
    BigInteger s = TxFields.readU256(list, "s");
    TxFields.requireEnd(list, what);
    try {
      return new LegacyTx(nonce, gasPrice, gasLimit, to, value, data, v, r, s);
    } catch (IllegalArgumentException e) {
      throw new RlpException(e.getMessage());
    }
  }
}
