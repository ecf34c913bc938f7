/**
 * The auditor's tools behind {@code coterie audit}: fetch a record's EIP-1186 proofs, the block
 * header and its validator set over JSON-RPC into a self-contained {@link
 * io.coterie.node.cli.audit.ProofBundle}, and check such a bundle step by step (storage proofs,
 * account proof, QBFT header hash, commit seals, decoded provenance lot) with the node's own trie,
 * RLP, extraData and seal code, without trusting the node that served it.
 */
package io.coterie.node.cli.audit;
