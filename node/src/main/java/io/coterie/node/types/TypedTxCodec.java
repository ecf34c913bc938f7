package io.coterie.node.types;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.math.BigInteger;
import java.util.List;

/**
 * RLP payloads of typed transactions (without the type byte). EIP-2930: {@code [chainId, nonce,
 * gasPrice, gas, to, value, data, accessList, yParity, r, s]}. EIP-1559: {@code [chainId, nonce,
 * maxPriorityFeePerGas, maxFeePerGas, gas, to, value, data, accessList, yParity, r, s]}.
 */
final class TypedTxCodec {
  private TypedTxCodec() {}

  static byte[] payload(AccessListTx tx, boolean signed) {
    RlpWriter out = new RlpWriter().startList();
    out.writeLong(tx.chainIdValue()).writeLong(tx.nonce()).writeBigInteger(tx.gasPrice());
    out.writeLong(tx.gasLimit());
    writeTail(out, tx.destination(), tx.value(), tx.data(), tx.accessList());
    if (signed) {
      out.writeLong(tx.yParity()).writeBigInteger(tx.r()).writeBigInteger(tx.s());
    }
    return out.endList().toByteArray();
  }

  static byte[] payload(DynamicFeeTx tx, boolean signed) {
    RlpWriter out = new RlpWriter().startList();
    out.writeLong(tx.chainIdValue()).writeLong(tx.nonce());
    out.writeBigInteger(tx.maxPriorityFeePerGas()).writeBigInteger(tx.maxFeePerGas());
    out.writeLong(tx.gasLimit());
    writeTail(out, tx.destination(), tx.value(), tx.data(), tx.accessList());
    if (signed) {
      out.writeLong(tx.yParity()).writeBigInteger(tx.r()).writeBigInteger(tx.s());
    }
    return out.endList().toByteArray();
  }

  static byte[] signingPayload(AccessListTx tx) {
    return typed(TxType.ACCESS_LIST, payload(tx, false));
  }

  static byte[] signingPayload(DynamicFeeTx tx) {
    return typed(TxType.DYNAMIC_FEE, payload(tx, false));
  }

  static byte[] typed(TxType type, byte[] payload) {
    byte[] out = new byte[payload.length + 1];
    out[0] = (byte) type.code();
    System.arraycopy(payload, 0, out, 1, payload.length);
    return out;
  }

  private static void writeTail(
      RlpWriter out, Destination to, BigInteger value, Bytes data, List<AccessListEntry> list) {
    TxFields.writeDestination(out, to);
    out.writeBigInteger(value).writeBytes(data.toArray());
    TxFields.writeAccessList(out, list);
  }

  static AccessListTx decodeAccessList(RlpReader list) {
    String what = "an EIP-2930 transaction (11 fields)";
    Fields f = new Fields(list, what);
    long chainId = f.longField("chainId");
    long nonce = f.longField("nonce");
    BigInteger gasPrice = f.u256("gasPrice");
    long gasLimit = f.longField("gasLimit");
    f.next("to");
    Destination to = TxFields.readDestination(list);
    BigInteger value = f.u256("value");
    f.next("data");
    Bytes data = TxFields.readData(list);
    f.next("accessList");
    List<AccessListEntry> accessList = TxFields.readAccessList(list);
    int yParity = f.yParity();
    BigInteger r = f.u256("r");
    BigInteger s = f.u256("s");
    TxFields.requireEnd(list, what);
    return new AccessListTx(
        chainId, nonce, gasPrice, gasLimit, to, value, data, accessList, yParity, r, s);
  }

  static DynamicFeeTx decodeDynamicFee(RlpReader list) {
    String what = "an EIP-1559 transaction (12 fields)";
    Fields f = new Fields(list, what);
    long chainId = f.longField("chainId");
    long nonce = f.longField("nonce");
    BigInteger maxPriority = f.u256("maxPriorityFeePerGas");
    BigInteger maxFee = f.u256("maxFeePerGas");
    long gasLimit = f.longField("gasLimit");
    f.next("to");
    Destination to = TxFields.readDestination(list);
    BigInteger value = f.u256("value");
    f.next("data");
    Bytes data = TxFields.readData(list);
    f.next("accessList");
    List<AccessListEntry> accessList = TxFields.readAccessList(list);
    int yParity = f.yParity();
    BigInteger r = f.u256("r");
    BigInteger s = f.u256("s");
    TxFields.requireEnd(list, what);
    return new DynamicFeeTx(
        chainId, nonce, maxPriority, maxFee, gasLimit, to, value, data, accessList, yParity, r, s);
  }

  private record Fields(RlpReader in, String what) {
    void next(String name) {
      TxFields.requireMore(in, what, name);
    }

    long longField(String name) {
      next(name);
      return TxFields.readLong(in, name);
    }

    BigInteger u256(String name) {
      next(name);
      return TxFields.readU256(in, name);
    }

    int yParity() {
      long value = longField("yParity");
      if (value > 1) {
        throw new RlpException("yParity: must be 0 or 1, got " + value);
      }
      return (int) value;
    }
  }
}
