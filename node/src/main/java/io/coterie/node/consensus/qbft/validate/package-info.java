/**
 * One validator per QBFT message type. Each returns a {@link
 * io.coterie.node.consensus.qbft.validate.Verdict} naming the failed rule with the values seen and
 * expected. Duplicates and equivocation are the round state's business, since they need history.
 * Imports {@code types}, {@code consensus.qbft.message}, {@code .wire} and {@code .port}.
 */
package io.coterie.node.consensus.qbft.validate;
