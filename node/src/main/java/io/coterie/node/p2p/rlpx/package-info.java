/**
 * RLPx (devp2p) transport: ECIES, the EIP-8 auth/ack handshake (pre-EIP-8 auth is still accepted),
 * secret derivation, the encrypted and MAC'ed frame codec, the base protocol messages (Hello,
 * Disconnect, Ping, Pong) and the netty handlers that run them. Imports rlp and crypto.
 */
package io.coterie.node.p2p.rlpx;
