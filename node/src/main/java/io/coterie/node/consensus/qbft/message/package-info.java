/**
 * QBFT messages as values: the signed payloads (proposal, prepare, commit, round change), the
 * messages that carry them with their justifications, and the QBFT view of a block (hash modulo
 * round, round, seals). Imports {@code types}, {@code crypto} and {@code consensus.qbft.extradata}.
 */
package io.coterie.node.consensus.qbft.message;
