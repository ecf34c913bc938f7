package io.coterie.node.types;

import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.math.BigInteger;

/** RLP of a London header: its 16 fields in yellow-paper order, nothing more, nothing less. */
public final class BlockHeaderCodec {
  private static final String WHAT = "a London block header (16 fields)";

  private BlockHeaderCodec() {}

  public static byte[] encode(BlockHeader header) {
    RlpWriter out = new RlpWriter();
    write(out, header);
    return out.toByteArray();
  }

  public static void write(RlpWriter out, BlockHeader h) {
    out.startList()
        .writeBytes(h.parentHash().toArray())
        .writeBytes(h.ommersHash().toArray())
        .writeBytes(h.coinbase().toArray())
        .writeBytes(h.stateRoot().toArray())
        .writeBytes(h.transactionsRoot().toArray())
        .writeBytes(h.receiptsRoot().toArray())
        .writeBytes(h.logsBloom().toArray())
        .writeBigInteger(h.difficulty())
        .writeLong(h.number())
        .writeLong(h.gasLimit())
        .writeLong(h.gasUsed())
        .writeLong(h.timestamp())
        .writeBytes(h.extraData().toArray())
        .writeBytes(h.mixHash().toArray())
        .writeBytes(h.nonce().toArray())
        .writeBigInteger(h.baseFeePerGas())
        .endList();
  }

  public static BlockHeader decode(byte[] encoded) {
    RlpReader in = new RlpReader(encoded);
    BlockHeader header = read(in);
    in.requireEnd("block header");
    return header;
  }

  public static BlockHeader read(RlpReader in) {
    RlpReader list = TxFields.field("header", in::enterList);
    Hash parentHash = hash(list, "parentHash");
    Hash ommersHash = hash(list, "ommersHash");
    next(list, "coinbase");
    Address coinbase = Address.wrap(TxFields.field("coinbase", () -> list.readBytes(20, "it")));
    Hash stateRoot = hash(list, "stateRoot");
    Hash transactionsRoot = hash(list, "transactionsRoot");
    Hash receiptsRoot = hash(list, "receiptsRoot");
    next(list, "logsBloom");
    Bloom bloom = Bloom.wrap(TxFields.field("logsBloom", () -> list.readBytes(256, "it")));
    next(list, "difficulty");
    BigInteger difficulty = TxFields.readU256(list, "difficulty");
    long number = longField(list, "number");
    long gasLimit = longField(list, "gasLimit");
    long gasUsed = longField(list, "gasUsed");
    long timestamp = longField(list, "timestamp");
    next(list, "extraData");
    Bytes extraData = Bytes.of(TxFields.field("extraData", list::readBytes));
    Hash mixHash = hash(list, "mixHash");
    next(list, "nonce");
    Bytes nonce = Bytes.of(TxFields.field("nonce", () -> list.readBytes(8, "it")));
    next(list, "baseFeePerGas");
    BigInteger baseFee = TxFields.readU256(list, "baseFeePerGas");
    TxFields.requireEnd(list, WHAT);
    return new BlockHeader(
        parentHash,
        ommersHash,
        coinbase,
        stateRoot,
        transactionsRoot,
        receiptsRoot,
        bloom,
        difficulty,
        number,
        gasLimit,
        gasUsed,
        timestamp,
        extraData,
        mixHash,
        nonce,
        baseFee);
  }

  private static void next(RlpReader list, String field) {
    TxFields.requireMore(list, WHAT, field);
  }

  private static Hash hash(RlpReader list, String field) {
    next(list, field);
    return Hash.wrap(TxFields.field(field, () -> list.readBytes(32, "it")));
  }

  private static long longField(RlpReader list, String field) {
    next(list, field);
    return TxFields.readLong(list, field);
  }
}
