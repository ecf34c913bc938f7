/**
 * Sub-protocols over RLPx: the {@link io.coterie.node.p2p.protocol.SubProtocol} SPI, the chain's
 * gossip and sync protocol {@code cot/1} (transactions, new blocks, headers and bodies by request)
 * and the QBFT message channel {@code qbft/1}. What they need from the node comes through the ports
 * {@code ChainView}, {@code TransactionSink}, {@code BlockSink} and {@code ConsensusListener}; they
 * report a peer's misbehaviour as an {@link io.coterie.node.p2p.protocol.Offence}. Imports rlp,
 * crypto, types and p2p.rlpx.
 */
package io.coterie.node.p2p.protocol;
