package io.coterie.node.types;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks as {@code [header, [tx...], []]} and bodies as {@code [[tx...], []]} (the eth wire and
 * storage forms), transactions in block-body form. A non-empty ommers list is refused: QBFT blocks
 * never have ommers.
 */
public final class BlockCodec {
  private BlockCodec() {}

  public static byte[] encode(Block block) {
    RlpWriter out = new RlpWriter().startList();
    BlockHeaderCodec.write(out, block.header());
    writeTransactions(out, block.transactions());
    return out.startList().endList().endList().toByteArray();
  }

  public static Block decode(byte[] encoded) {
    RlpReader in = new RlpReader(encoded);
    RlpReader list = TxFields.field("block", in::enterList);
    in.requireEnd("block");
    TxFields.requireMore(list, "a block [header, transactions, ommers]", "header");
    BlockHeader header = BlockHeaderCodec.read(list);
    List<Transaction> transactions = readTransactionsAndOmmers(list, "a block");
    return new Block(header, transactions);
  }

  public static byte[] encodeBody(List<Transaction> transactions) {
    RlpWriter out = new RlpWriter().startList();
    writeTransactions(out, transactions);
    return out.startList().endList().endList().toByteArray();
  }

  public static List<Transaction> decodeBody(byte[] encoded) {
    RlpReader in = new RlpReader(encoded);
    RlpReader list = TxFields.field("block body", in::enterList);
    in.requireEnd("block body");
    return readTransactionsAndOmmers(list, "a block body");
  }

  private static void writeTransactions(RlpWriter out, List<Transaction> transactions) {
    out.startList();
    for (Transaction tx : transactions) {
      TransactionCodec.writeForBlock(out, tx);
    }
    out.endList();
  }

  private static List<Transaction> readTransactionsAndOmmers(RlpReader list, String what) {
    TxFields.requireMore(list, what, "transactions");
    RlpReader txs = TxFields.field("transactions", list::enterList);
    List<Transaction> transactions = new ArrayList<>();
    while (txs.hasNext()) {
      int index = transactions.size();
      transactions.add(TxFields.field("transactions[" + index + "]", () -> readTx(txs)));
    }
    TxFields.requireMore(list, what, "ommers");
    RlpReader ommers = TxFields.field("ommers", list::enterList);
    if (ommers.hasNext()) {
      throw new RlpException("ommers: must be empty, QBFT blocks have no ommers");
    }
    TxFields.requireEnd(list, what + " [.., transactions, ommers]");
    return transactions;
  }

  private static Transaction readTx(RlpReader txs) {
    return TransactionCodec.readFromBlock(txs);
  }
}
