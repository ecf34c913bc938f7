/**
 * The QBFT wire format: message codes (as Besu: PROPOSAL 0x12, PREPARE 0x13, COMMIT 0x14,
 * ROUND_CHANGE 0x15), strict RLP codecs with size limits, signing and author recovery. Imports
 * {@code rlp}, {@code crypto}, {@code types} and {@code consensus.qbft.message}.
 */
package io.coterie.node.consensus.qbft.wire;
