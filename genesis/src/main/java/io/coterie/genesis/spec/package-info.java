/**
 * The chain spec: immutable records describing a Coterie chain's genesis (chain id, QBFT
 * parameters, validators, allocations, permissioning and the chaincode's initial state).
 * Constructors check structure (non-null, well-formed addresses) and copy collections; the semantic
 * rules (a positive chain id, at least one validator, ...) live in {@code
 * io.coterie.genesis.validate} so that every problem of a spec can be reported at once. Imports
 * only the JDK.
 */
package io.coterie.genesis.spec;
