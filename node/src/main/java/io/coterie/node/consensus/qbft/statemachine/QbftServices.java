package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.port.BlockCommitter;
import io.coterie.node.consensus.qbft.port.BlockCreator;
import io.coterie.node.consensus.qbft.port.BlockVerifier;
import io.coterie.node.consensus.qbft.port.ConsensusStateStore;
import io.coterie.node.consensus.qbft.port.QbftChain;
import io.coterie.node.consensus.qbft.port.QbftClock;
import io.coterie.node.consensus.qbft.port.QbftTimer;
import io.coterie.node.consensus.qbft.port.ValidatorNetwork;
import io.coterie.node.consensus.qbft.port.ValidatorProvider;
import io.coterie.node.consensus.qbft.port.ValidatorVoteSource;
import io.coterie.node.crypto.NodeKey;
import java.util.Objects;

/** The ports and settings one QBFT validator runs with; built once by the node. */
public record QbftServices(
    QbftConfig config,
    NodeKey nodeKey,
    QbftChain chain,
    ValidatorProvider validators,
    BlockCreator blockCreator,
    BlockVerifier blockVerifier,
    BlockCommitter blockCommitter,
    ValidatorNetwork network,
    ConsensusStateStore stateStore,
    ValidatorVoteSource votes,
    QbftClock clock,
    QbftTimer timer) {
  public QbftServices {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(nodeKey, "nodeKey");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(blockCreator, "blockCreator");
    Objects.requireNonNull(blockVerifier, "blockVerifier");
    Objects.requireNonNull(blockCommitter, "blockCommitter");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(stateStore, "stateStore");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(timer, "timer");
  }
}
