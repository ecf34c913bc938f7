package io.coterie.node.p2p.protocol;

import io.coterie.node.types.Hash;

/** A chain's head as a peer announces it. */
public record ChainHead(long number, Hash hash) {}
