/**
 * A small block explorer served beside the trace pages: the latest blocks with their QBFT proposer
 * and commit-seal signers, a block with its transactions, a transaction with its receipt and its
 * chaincode call and events decoded against the chaincode ABI files, and an address's balance,
 * roles, points, cards and consents. Server-rendered HTML, GET only, read-only; with authentication
 * on its pages need a token.
 *
 * <p>Imports: {@code chain}, {@code execution} ({@code ReadOnlyWorldStorage}), {@code state},
 * {@code types}, {@code rlp}, {@code consensus.qbft.extradata} and {@code consensus.qbft.wire}
 * (seal recovery), {@code rpc.server} (the {@code WebRoutes} port), {@code rpc.web} (HTML
 * escaping), the chaincode readers and layouts, Jackson and web3j's ABI codec.
 */
package io.coterie.node.rpc.explorer;
