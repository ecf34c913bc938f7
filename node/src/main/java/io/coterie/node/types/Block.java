package io.coterie.node.types;

import java.util.List;
import java.util.Objects;

/** A block: header and transactions. QBFT blocks have no ommers, so none are modelled. */
public record Block(BlockHeader header, List<Transaction> transactions) {
  public Block {
    Objects.requireNonNull(header, "header");
    transactions = List.copyOf(transactions);
  }

  public Hash hash() {
    return header.hash();
  }
}
