/**
 * Validator set changes by vote. A proposer writes at most one vote (add or drop an address) into
 * the extraData of its block; a vote takes effect when more than half of the validators have cast
 * it since the last epoch block, and an epoch block (number % epochLength == 0) clears all votes.
 * Everything is computed from canonical headers, so every node agrees. Imports {@code types} and
 * {@code consensus.qbft.{extradata, message, port}}.
 */
package io.coterie.node.consensus.qbft.vote;
