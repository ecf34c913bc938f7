package io.coterie.node.types;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A London block header (16 fields). {@code difficulty} and {@code nonce} keep their Ethereum
 * meaning only for tools; under QBFT they are fixed by the consensus rules, and {@code extraData}
 * carries the QBFT payload.
 */
public record BlockHeader(
    Hash parentHash,
    Hash ommersHash,
    Address coinbase,
    Hash stateRoot,
    Hash transactionsRoot,
    Hash receiptsRoot,
    Bloom logsBloom,
    BigInteger difficulty,
    long number,
    long gasLimit,
    long gasUsed,
    long timestamp,
    Bytes extraData,
    Hash mixHash,
    Bytes nonce,
    BigInteger baseFeePerGas) {
  public static final int NONCE_SIZE = 8;

  public BlockHeader {
    Objects.requireNonNull(parentHash, "parentHash");
    Objects.requireNonNull(ommersHash, "ommersHash");
    Objects.requireNonNull(coinbase, "coinbase");
    Objects.requireNonNull(stateRoot, "stateRoot");
    Objects.requireNonNull(transactionsRoot, "transactionsRoot");
    Objects.requireNonNull(receiptsRoot, "receiptsRoot");
    Objects.requireNonNull(logsBloom, "logsBloom");
    TxChecks.u256(difficulty, "difficulty");
    TxChecks.unsigned(number, "number");
    TxChecks.unsigned(gasLimit, "gasLimit");
    TxChecks.unsigned(gasUsed, "gasUsed");
    TxChecks.unsigned(timestamp, "timestamp");
    Objects.requireNonNull(extraData, "extraData");
    Objects.requireNonNull(mixHash, "mixHash");
    if (nonce.size() != NONCE_SIZE) {
      throw new IllegalArgumentException("a header nonce is 8 bytes, got " + nonce.size());
    }
    TxChecks.u256(baseFeePerGas, "baseFeePerGas");
  }

  /** keccak256(rlp(header)); computed on each call, so keep it when used repeatedly. */
  /** The same header with other extraData (consensus re-encodes it for hashing and sealing). */
  public BlockHeader withExtraData(Bytes newExtraData) {
    return new BlockHeader(
        parentHash,
        ommersHash,
        coinbase,
        stateRoot,
        transactionsRoot,
        receiptsRoot,
        logsBloom,
        difficulty,
        number,
        gasLimit,
        gasUsed,
        timestamp,
        newExtraData,
        mixHash,
        nonce,
        baseFeePerGas);
  }

  public Hash hash() {
    return Hash.keccak(BlockHeaderCodec.encode(this));
  }
}
