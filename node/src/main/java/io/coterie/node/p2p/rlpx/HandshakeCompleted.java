package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PublicKey;

/**
 * Netty user event fired once the auth/ack exchange succeeded and frames flow: the remote node id
 * is now authenticated.
 */
public record HandshakeCompleted(PublicKey remoteNodeId, boolean initiator) {}
