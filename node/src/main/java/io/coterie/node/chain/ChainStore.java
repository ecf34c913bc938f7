package io.coterie.node.chain;

import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.storage.Column;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.BlockHeaderCodec;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.ReceiptCodec;
import io.coterie.node.types.Transaction;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Blocks, receipts and indexes in column CHAIN. Keys are a one-byte kind and then the block hash,
 * number or transaction hash: {@code h+hash} header RLP, {@code b+hash} body (transactions list
 * RLP), {@code r+hash} receipts (RLP list of typed receipt envelopes), {@code n+number(8 bytes,
 * big-endian)} canonical hash, {@code t+txHash} RLP {@code [blockHash, blockNumber, index]}.
 * Nothing is ever deleted: auditors read all history.
 */
public final class ChainStore {
  private static final byte HEADER = 'h';
  private static final byte BODY = 'b';
  private static final byte RECEIPTS = 'r';
  private static final byte CANONICAL = 'n';
  private static final byte TX_INDEX = 't';

  private final KeyValueStore store;

  public ChainStore(KeyValueStore store) {
    this.store = store;
  }

  /** Adds a block as the canonical block at its height, with its receipts and transaction index. */
  public void put(WriteBatch batch, Hash hash, Block block, List<Receipt> receipts) {
    byte[] hashBytes = hash.toArray();
    batch.put(Column.CHAIN, key(HEADER, hashBytes), BlockHeaderCodec.encode(block.header()));
    batch.put(Column.CHAIN, key(BODY, hashBytes), BlockCodec.encodeBody(block.transactions()));
    RlpWriter out = new RlpWriter().startList();
    receipts.forEach(receipt -> out.writeBytes(ReceiptCodec.encode(receipt)));
    batch.put(Column.CHAIN, key(RECEIPTS, hashBytes), out.endList().toByteArray());
    batch.put(Column.CHAIN, numberKey(block.header().number()), hashBytes);
    List<Transaction> txs = block.transactions();
    for (int i = 0; i < txs.size(); i++) {
      byte[] location =
          new RlpWriter()
              .startList()
              .writeBytes(hashBytes)
              .writeLong(block.header().number())
              .writeLong(i)
              .endList()
              .toByteArray();
      batch.put(Column.CHAIN, key(TX_INDEX, txs.get(i).hash().toArray()), location);
    }
  }

  public Optional<Hash> canonicalHash(long number) {
    return store.get(Column.CHAIN, numberKey(number)).map(Hash::wrap);
  }

  public Optional<BlockHeader> header(Hash hash) {
    return store.get(Column.CHAIN, key(HEADER, hash.toArray())).map(BlockHeaderCodec::decode);
  }

  public Optional<List<Transaction>> body(Hash hash) {
    return store.get(Column.CHAIN, key(BODY, hash.toArray())).map(BlockCodec::decodeBody);
  }

  public Optional<List<Receipt>> receipts(Hash hash) {
    return store
        .get(Column.CHAIN, key(RECEIPTS, hash.toArray()))
        .map(
            encoded -> {
              RlpReader list = new RlpReader(encoded).enterList();
              List<Receipt> receipts = new ArrayList<>();
              while (list.hasNext()) {
                receipts.add(ReceiptCodec.decode(list.readBytes()));
              }
              return receipts;
            });
  }

  public Optional<TxLocation> transactionLocation(Hash txHash) {
    return store
        .get(Column.CHAIN, key(TX_INDEX, txHash.toArray()))
        .map(
            encoded -> {
              RlpReader in = new RlpReader(encoded).enterList();
              return new TxLocation(
                  Hash.wrap(in.readBytes(Hash.SIZE, "block hash")),
                  in.readLong(),
                  (int) in.readLong());
            });
  }

  private static byte[] key(byte kind, byte[] id) {
    byte[] key = new byte[id.length + 1];
    key[0] = kind;
    System.arraycopy(id, 0, key, 1, id.length);
    return key;
  }

  private static byte[] numberKey(long number) {
    return ByteBuffer.allocate(9).put(CANONICAL).putLong(number).array();
  }
}
