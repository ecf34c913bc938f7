/**
 * Deterministic transaction execution: validation against state, intrinsic gas, native transfers,
 * the precompile host that runs chaincode, building and verifying blocks, and simulations for
 * eth_call and eth_estimateGas. Imports {@code types}, {@code trie}, {@code state} and the
 * chaincode SPI. No clocks, randomness, unordered iteration or floating point (checked by the
 * architecture test).
 */
package io.coterie.node.execution;
