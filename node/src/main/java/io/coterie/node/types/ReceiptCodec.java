package io.coterie.node.types;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Consensus encoding of receipts (EIP-2718): {@code rlp([status, cumulativeGas, bloom, logs])},
 * prefixed by the type byte for typed transactions. That is the value per index in the receipts
 * trie and also what storage keeps.
 */
public final class ReceiptCodec {
  private static final String WHAT = "a receipt [status, cumulativeGasUsed, bloom, logs]";

  private ReceiptCodec() {}

  public static byte[] encode(Receipt receipt) {
    RlpWriter out = new RlpWriter().startList();
    out.writeLong(receipt.success() ? 1 : 0).writeLong(receipt.cumulativeGasUsed());
    out.writeBytes(receipt.bloom().toArray()).startList();
    for (Log log : receipt.logs()) {
      LogCodec.write(out, log);
    }
    byte[] body = out.endList().endList().toByteArray();
    return switch (receipt.type()) {
      case LEGACY -> body;
      case ACCESS_LIST, DYNAMIC_FEE -> TypedTxCodec.typed(receipt.type(), body);
    };
  }

  public static byte[] encodeForTrie(Receipt receipt) {
    return encode(receipt);
  }

  public static Receipt decode(byte[] encoded) {
    if (encoded.length == 0) {
      throw new RlpException("empty receipt");
    }
    int first = encoded[0] & 0xff;
    TxType type;
    RlpReader in;
    if (first >= 0xc0) {
      type = TxType.LEGACY;
      in = new RlpReader(encoded);
    } else if (first == 0x01 || first == 0x02) {
      type = first == 0x01 ? TxType.ACCESS_LIST : TxType.DYNAMIC_FEE;
      in = new RlpReader(java.util.Arrays.copyOfRange(encoded, 1, encoded.length));
    } else {
      throw new RlpException("receipt type 0x" + Integer.toHexString(first) + " is not supported");
    }
    RlpReader list = TxFields.field("receipt", in::enterList);
    in.requireEnd("receipt");
    TxFields.requireMore(list, WHAT, "status");
    long status = TxFields.readLong(list, "status");
    if (status > 1) {
      throw new RlpException("status: must be 0 or 1, got " + status);
    }
    TxFields.requireMore(list, WHAT, "cumulativeGasUsed");
    long cumulativeGasUsed = TxFields.readLong(list, "cumulativeGasUsed");
    TxFields.requireMore(list, WHAT, "bloom");
    Bloom bloom = Bloom.wrap(TxFields.field("bloom", () -> list.readBytes(Bloom.SIZE, "it")));
    TxFields.requireMore(list, WHAT, "logs");
    RlpReader logList = TxFields.field("logs", list::enterList);
    List<Log> logs = new ArrayList<>();
    while (logList.hasNext()) {
      logs.add(LogCodec.read(logList));
    }
    TxFields.requireEnd(list, WHAT);
    return new Receipt(type, status == 1, cumulativeGasUsed, bloom, logs);
  }
}
