/**
 * QBFT's ports over the rest of the node: {@code BlockchainQbftChain} (chain), {@code
 * PoolBlockCreator} (pool + execution), {@code ExecutingBlockVerifier} and {@code
 * ImportingBlockCommitter} (re-execution with a small cache of executed blocks, then the importer),
 * {@code P2pValidatorNetwork} ({@code qbft/1}), {@code StoredConsensusState} (column CONSENSUS,
 * fsynced) and {@code ScheduledQbftTimer}. Blocks from peers (announced, or downloaded while
 * catching up) come in through {@code sync}, not here. May import {@code chain}, {@code execution},
 * {@code txpool}, {@code storage}, {@code p2p} and the other {@code consensus.qbft} packages.
 */
package io.coterie.node.consensus.qbft.adapter;
