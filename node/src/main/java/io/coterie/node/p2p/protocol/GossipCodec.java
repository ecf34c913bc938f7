package io.coterie.node.p2p.protocol;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.BlockHeaderCodec;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cot/1} payloads. Status {@code [genesisHash, headNumber, headHash]}; Transactions {@code
 * [tx...]} (block-body form); NewBlock {@code [header, [tx...], []]}; GetBlockHeaders {@code
 * [requestId, startNumber, count]}; BlockHeaders {@code [requestId, [header...]]}; GetBlockBodies
 * {@code [requestId, [blockHash...]]}; BlockBodies {@code [requestId, [body...]]}; NewBlockHash
 * {@code [number, hash]}; NewPooledTransactionHashes and GetPooledTransactions {@code [hash...]}
 * (answered with a Transactions message).
 */
final class GossipCodec {
  static final int STATUS = 0;
  static final int TRANSACTIONS = 1;
  static final int NEW_BLOCK = 2;
  static final int GET_BLOCK_HEADERS = 3;
  static final int BLOCK_HEADERS = 4;
  static final int GET_BLOCK_BODIES = 5;
  static final int BLOCK_BODIES = 6;
  static final int NEW_BLOCK_HASH = 7;
  static final int NEW_POOLED_TRANSACTION_HASHES = 8;
  static final int GET_POOLED_TRANSACTIONS = 9;

  /** Ids reserved for {@code cot/1}, more than it uses, so new messages do not move qbft/1's. */
  static final int MESSAGE_COUNT = 16;

  record Status(Hash genesis, ChainHead head) {}

  record HeadersRequest(long requestId, long start, int count) {}

  record Headers(long requestId, List<BlockHeader> headers) {}

  record BodiesRequest(long requestId, List<Hash> hashes) {}

  record Bodies(long requestId, List<List<Transaction>> bodies) {}

  private GossipCodec() {}

  static byte[] encodeStatus(Status status) {
    return new RlpWriter()
        .startList()
        .writeBytes(status.genesis().toArray())
        .writeLong(status.head().number())
        .writeBytes(status.head().hash().toArray())
        .endList()
        .toByteArray();
  }

  static Status decodeStatus(byte[] payload) {
    RlpReader list = new RlpReader(payload).enterList();
    Hash genesis = Hash.wrap(list.readBytes(32, "genesis hash"));
    long number = list.readLong();
    return new Status(genesis, new ChainHead(number, Hash.wrap(list.readBytes(32, "head hash"))));
  }

  static byte[] encodeTransactions(List<Transaction> txs) {
    RlpWriter out = new RlpWriter().startList();
    txs.forEach(tx -> TransactionCodec.writeForBlock(out, tx));
    return out.endList().toByteArray();
  }

  static List<Transaction> decodeTransactions(byte[] payload) {
    RlpReader in = new RlpReader(payload);
    RlpReader list = in.enterList();
    in.requireEnd("transactions message");
    List<Transaction> txs = new ArrayList<>();
    while (list.hasNext()) {
      txs.add(TransactionCodec.readFromBlock(list));
    }
    return txs;
  }

  static byte[] encodeHeadersRequest(HeadersRequest r) {
    return new RlpWriter()
        .startList()
        .writeLong(r.requestId())
        .writeLong(r.start())
        .writeLong(r.count())
        .endList()
        .toByteArray();
  }

  static HeadersRequest decodeHeadersRequest(byte[] payload) {
    RlpReader list = new RlpReader(payload).enterList();
    long id = list.readLong();
    long start = list.readLong();
    long count = list.readLong();
    if (count > Integer.MAX_VALUE) {
      throw new RlpException("header count " + count + " is too large");
    }
    return new HeadersRequest(id, start, (int) count);
  }

  static byte[] encodeHeaders(Headers h) {
    RlpWriter out = new RlpWriter().startList().writeLong(h.requestId()).startList();
    h.headers().forEach(header -> BlockHeaderCodec.write(out, header));
    return out.endList().endList().toByteArray();
  }

  static Headers decodeHeaders(byte[] payload) {
    RlpReader list = new RlpReader(payload).enterList();
    long id = list.readLong();
    RlpReader items = list.enterList();
    List<BlockHeader> headers = new ArrayList<>();
    while (items.hasNext()) {
      headers.add(BlockHeaderCodec.read(items));
    }
    return new Headers(id, headers);
  }

  static byte[] encodeBodiesRequest(BodiesRequest r) {
    RlpWriter out = new RlpWriter().startList().writeLong(r.requestId()).startList();
    r.hashes().forEach(h -> out.writeBytes(h.toArray()));
    return out.endList().endList().toByteArray();
  }

  static BodiesRequest decodeBodiesRequest(byte[] payload) {
    RlpReader list = new RlpReader(payload).enterList();
    long id = list.readLong();
    RlpReader items = list.enterList();
    List<Hash> hashes = new ArrayList<>();
    while (items.hasNext()) {
      hashes.add(Hash.wrap(items.readBytes(32, "block hash")));
    }
    return new BodiesRequest(id, hashes);
  }

  static byte[] encodeBodies(Bodies b) {
    RlpWriter out = new RlpWriter().startList().writeLong(b.requestId()).startList();
    b.bodies().forEach(body -> out.writeRaw(BlockCodec.encodeBody(body)));
    return out.endList().endList().toByteArray();
  }

  static Bodies decodeBodies(byte[] payload) {
    RlpReader list = new RlpReader(payload).enterList();
    long id = list.readLong();
    RlpReader items = list.enterList();
    List<List<Transaction>> bodies = new ArrayList<>();
    while (items.hasNext()) {
      bodies.add(BlockCodec.decodeBody(items.readRaw()));
    }
    return new Bodies(id, bodies);
  }

  static byte[] encodeHashes(List<Hash> hashes) {
    RlpWriter out = new RlpWriter().startList();
    hashes.forEach(hash -> out.writeBytes(hash.toArray()));
    return out.endList().toByteArray();
  }

  static List<Hash> decodeHashes(byte[] payload, int max) {
    RlpReader in = new RlpReader(payload);
    RlpReader list = in.enterList();
    in.requireEnd("hashes message");
    List<Hash> hashes = new ArrayList<>();
    while (list.hasNext()) {
      if (hashes.size() == max) {
        throw new IllegalArgumentException("more than " + max + " transaction hashes in a message");
      }
      hashes.add(Hash.wrap(list.readBytes(32, "transaction hash")));
    }
    return hashes;
  }

  static byte[] encodeBlockHash(ChainHead head) {
    return new RlpWriter()
        .startList()
        .writeLong(head.number())
        .writeBytes(head.hash().toArray())
        .endList()
        .toByteArray();
  }

  static ChainHead decodeBlockHash(byte[] payload) {
    RlpReader list = new RlpReader(payload).enterList();
    long number = list.readLong();
    return new ChainHead(number, Hash.wrap(list.readBytes(32, "block hash")));
  }

  static byte[] encodeBlock(Block block) {
    return BlockCodec.encode(block);
  }

  static Block decodeBlock(byte[] payload) {
    return BlockCodec.decode(payload);
  }
}
