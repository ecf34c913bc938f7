/**
 * The QBFT algorithm's view of the rest of the node: the chain it builds on, block creation,
 * verification and commitment, the validator network, validator sets, time and the persisted locked
 * state. Adapters in {@code consensus.qbft.adapter} implement these over chain, execution, txpool,
 * storage and p2p; tests implement them over an in-memory chain. Imports only {@code types}, {@code
 * crypto} and {@code consensus.qbft.extradata}.
 */
package io.coterie.node.consensus.qbft.port;
