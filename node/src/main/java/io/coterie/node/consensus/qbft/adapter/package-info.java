/**
 * QBFT's ports over the rest of the node: {@code BlockchainQbftChain} (chain), {@code
 * PoolBlockCreator} (pool + execution), {@code ExecutingBlockVerifier} and {@code
 * ImportingBlockCommitter} (re-execution with a small cache of executed blocks, then the importer),
 * {@code P2pValidatorNetwork} ({@code qbft/1}), {@code StoredConsensusState} (column CONSENSUS,
 * fsynced) and {@code ScheduledQbftTimer}. Followers of the chain use {@code SealedBlockFollower}
 * (announced blocks: commit seals by a quorum of the height's validators, re-execution, import) and
 * report gaps to a {@code ChainGapListener}, which the sync component implements ({@code
 * PeerCatchUp} is the small stand-in). May import {@code chain}, {@code execution}, {@code txpool},
 * {@code storage}, {@code p2p} and the other {@code consensus.qbft} packages.
 */
package io.coterie.node.consensus.qbft.adapter;
