/**
 * The transaction pool: validation of incoming transactions (stateless, then against the head state
 * and account permissions), per-sender nonce queues, replacement, limits and eviction, and
 * selection for the next block. Imports {@code types}, {@code crypto}, {@code state}, {@code
 * execution} and {@code chain}.
 */
package io.coterie.node.txpool;
