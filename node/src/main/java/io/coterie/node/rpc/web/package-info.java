/**
 * The public trace site: GS1 Digital Link pages ({@code GET /01/{gtin}/10/{lot}}) rendered from the
 * Provenance precompile's state at one block, their EPCIS 2.0 JSON-LD and GS1 linkset forms, the
 * proof bundle a page verifies in the browser ({@code GET /trace-proof/…}), its QR code and its
 * static assets. Everything here only reads state; the server routes GET requests to it before any
 * JSON-RPC authentication.
 *
 * <p>Imports: {@code chain} (canonical headers, state at a block), {@code execution} ({@code
 * ReadOnlyWorldStorage}), {@code state}, {@code types}, {@code consensus.qbft.extradata} (the
 * validators a header lists), {@code rpc.eth} (the EIP-1186 proof JSON), {@code rpc.server} (the
 * {@code WebRoutes} port), the chaincode readers, Jackson and ZXing.
 */
package io.coterie.node.rpc.web;
