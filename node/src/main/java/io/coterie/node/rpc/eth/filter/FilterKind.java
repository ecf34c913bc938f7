package io.coterie.node.rpc.eth.filter;

/** What a polling filter collects. */
public enum FilterKind {
  LOGS,
  BLOCKS,
  PENDING_TRANSACTIONS
}
