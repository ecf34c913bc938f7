/**
 * Block download and import from peers. {@link io.coterie.node.sync.BlockSynchronizer} follows the
 * highest peer head: headers in windows (parent links and committed seals checked against the
 * validator set of each height), then bodies (checked against the transactions root), each block
 * re-executed on its parent's state and imported. Announced blocks that extend the head take the
 * same checks. Peers that serve invalid data are reported through {@link
 * io.coterie.node.sync.PeerPenalty}.
 *
 * <p>May import {@code chain}, {@code execution}, {@code state}, {@code consensus.qbft} (extraData,
 * votes, seals), {@code p2p} and everything below them; nothing below imports it.
 */
package io.coterie.node.sync;
